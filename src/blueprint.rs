//! Facts about the DVA-C02 exam that dva simulates: domains and their weights,
//! task statements, and the topic slugs of the study notes.
//!
//! Source: the AWS Certified Developer – Associate (DVA-C02) exam guide, as
//! summarised in the project's exam blueprint. Also compiled into `build.rs`,
//! so it depends on nothing but `std`.

/// One of the four content domains of the exam guide.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Domain {
    /// Domain number, 1 to 4.
    pub number: u8,
    pub name: &'static str,
    /// Share of scored content, in percent (the four add up to 100).
    pub weight_percent: u8,
    /// Task statements inside this domain, such as "1.3".
    pub tasks: &'static [&'static str],
}

/// The exam's domains, in order (exam guide, "Content outline").
pub const DOMAINS: [Domain; 4] = [
    Domain {
        number: 1,
        name: "Development with AWS Services",
        weight_percent: 32,
        tasks: &["1.1", "1.2", "1.3"],
    },
    Domain {
        number: 2,
        name: "Security",
        weight_percent: 26,
        tasks: &["2.1", "2.2", "2.3"],
    },
    Domain {
        number: 3,
        name: "Deployment",
        weight_percent: 24,
        tasks: &["3.1", "3.2", "3.3", "3.4"],
    },
    Domain {
        number: 4,
        name: "Troubleshooting and Optimization",
        weight_percent: 18,
        tasks: &["4.1", "4.2", "4.3"],
    },
];

/// The domain with this number (1 to 4), if there is one.
pub fn domain(number: u8) -> Option<&'static Domain> {
    DOMAINS.iter().find(|d| d.number == number)
}

/// A topic of the study notes, the unit a learner drills.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Topic {
    /// Fixed slug used by banks, drills and tests ("dynamodb").
    pub slug: &'static str,
    pub title: &'static str,
    /// Other names learners type for it ("ddb").
    pub aliases: &'static [&'static str],
    /// The study-notes sections that belong to it.
    pub notes: &'static [&'static str],
}

const fn topic(
    slug: &'static str,
    title: &'static str,
    aliases: &'static [&'static str],
    notes: &'static [&'static str],
) -> Topic {
    Topic {
        slug,
        title,
        aliases,
        notes,
    }
}

/// Every topic, in the order of the study notes.
pub const TOPICS: &[Topic] = &[
    topic(
        "api-cli",
        "AWS API, SDK and CLI",
        &["api", "cli", "sdk"],
        &["2", "2.1", "2.2", "2.3"],
    ),
    topic(
        "cloudfront",
        "Amazon CloudFront",
        &["cf"],
        &["3", "3.1", "3.2", "3.3", "3.4"],
    ),
    topic(
        "ecs",
        "Amazon ECS",
        &["containers"],
        &["4", "4.1", "4.2", "4.3", "4.4", "4.5", "4.6"],
    ),
    topic(
        "elastic-beanstalk",
        "AWS Elastic Beanstalk",
        &["eb", "beanstalk"],
        &["5", "5.1", "5.2", "5.3", "5.4", "5.5", "5.6"],
    ),
    topic("codecommit", "AWS CodeCommit", &[], &["6.1"]),
    topic("codepipeline", "AWS CodePipeline", &[], &["6.2"]),
    topic("codebuild", "AWS CodeBuild", &[], &["6.3", "6.3.1"]),
    topic(
        "codedeploy",
        "AWS CodeDeploy",
        &[],
        &["6.4", "6.4.1", "6.4.2"],
    ),
    topic("codestar", "AWS CodeStar", &[], &["6.5"]),
    topic("codeartifact", "AWS CodeArtifact", &[], &["6.6"]),
    topic("codeguru", "Amazon CodeGuru", &[], &["6.7"]),
    topic(
        "cloudformation",
        "AWS CloudFormation",
        &["cfn"],
        &["7", "7.1"],
    ),
    topic("xray", "AWS X-Ray", &["x-ray"], &["8", "8.1", "8.2", "8.3"]),
    topic(
        "cloudtrail",
        "AWS CloudTrail",
        &["trail"],
        &["9", "9.1", "9.2"],
    ),
    topic(
        "lambda",
        "AWS Lambda",
        &["functions"],
        &[
            "10", "10.1", "10.2", "10.3", "10.4", "10.5", "10.6", "10.7", "10.8", "10.9", "10.10",
            "10.11", "10.12", "10.13", "10.14", "10.15", "10.16",
        ],
    ),
    topic(
        "dynamodb",
        "Amazon DynamoDB",
        &["ddb", "dynamo"],
        &[
            "11", "11.1", "11.2", "11.3", "11.4", "11.5", "11.6", "11.7", "11.8", "11.9", "11.10",
        ],
    ),
    topic(
        "api-gateway",
        "Amazon API Gateway",
        &["apigw", "apigateway"],
        &[
            "12", "12.1", "12.2", "12.3", "12.4", "12.5", "12.6", "12.7", "12.8", "12.9",
        ],
    ),
    topic(
        "sam",
        "AWS Serverless Application Model (SAM)",
        &[],
        &["13", "13.1"],
    ),
    topic("cdk", "AWS Cloud Development Kit (CDK)", &[], &["14"]),
    topic("cognito", "Amazon Cognito", &[], &["15", "15.1", "15.2"]),
    topic(
        "step-functions",
        "AWS Step Functions",
        &["sfn", "stepfunctions"],
        &["16", "16.1", "16.2"],
    ),
    topic("appsync", "AWS AppSync", &["graphql"], &["17"]),
    topic("amplify", "AWS Amplify", &[], &["18"]),
    topic(
        "directory-service",
        "AWS Directory Service",
        &["ad", "directory"],
        &["19"],
    ),
    topic("kms", "AWS Key Management Service (KMS)", &[], &["20.1"]),
    topic(
        "parameter-store",
        "AWS Systems Manager Parameter Store",
        &["ssm", "parameters"],
        &["20.2"],
    ),
    topic(
        "secrets-manager",
        "AWS Secrets Manager",
        &["secrets"],
        &["20.3"],
    ),
    topic(
        "acm",
        "AWS Certificate Manager",
        &["certificates"],
        &["20.4"],
    ),
];

/// Named groups of topics a learner can drill at once.
pub const GROUPS: &[(&str, &[&str])] = &[
    (
        "cicd",
        &[
            "codecommit",
            "codepipeline",
            "codebuild",
            "codedeploy",
            "codestar",
            "codeartifact",
            "codeguru",
        ],
    ),
    (
        "serverless",
        &[
            "lambda",
            "api-gateway",
            "dynamodb",
            "step-functions",
            "sam",
            "appsync",
        ],
    ),
    (
        "security",
        &[
            "cognito",
            "kms",
            "parameter-store",
            "secrets-manager",
            "acm",
            "directory-service",
        ],
    ),
    ("iac", &["cloudformation", "sam", "cdk"]),
    ("monitoring", &["xray", "cloudtrail"]),
];

/// The topic with this slug (not an alias), if there is one.
pub fn topic_by_slug(slug: &str) -> Option<&'static Topic> {
    TOPICS.iter().find(|t| t.slug == slug)
}

/// Is `task` (such as "1.3") a task statement of domain `domain`?
pub fn task_in_domain(domain: u8, task: &str) -> bool {
    self::domain(domain).is_some_and(|d| d.tasks.contains(&task))
}
