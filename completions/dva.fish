# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_dva_global_optspecs
    string join \n bank= plain lang= color= h/help V/version
end

function __fish_dva_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_dva_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_dva_using_subcommand
    set -l cmd (__fish_dva_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c dva -n "__fish_dva_needs_command" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_needs_command" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_needs_command" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_needs_command" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_needs_command" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_needs_command" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_needs_command" -f -a "drill" -d 'Drill one or more topics with immediate feedback'
complete -c dva -n "__fish_dva_needs_command" -f -a "review" -d 'Review the questions due now, or see what falls due and how ready you are'
complete -c dva -n "__fish_dva_needs_command" -f -a "exam" -d 'Take a mock exam: 65 questions at the exam guide\'s domain weights'
complete -c dva -n "__fish_dva_needs_command" -f -a "resume" -d 'Continue an interrupted exam where it stopped'
complete -c dva -n "__fish_dva_needs_command" -f -a "topics" -d 'List the topics, their aliases and how many questions each has'
complete -c dva -n "__fish_dva_needs_command" -f -a "bank" -d 'Check or inspect question banks'
complete -c dva -n "__fish_dva_needs_command" -f -a "stats" -d 'Your progress across all practice: per domain and topic, weakest topics, exam trend'
complete -c dva -n "__fish_dva_needs_command" -f -a "history" -d 'List past sessions, or show one session\'s answers'
complete -c dva -n "__fish_dva_needs_command" -f -a "export" -d 'Export answers, sessions, or progress per topic or domain, as CSV or JSON'
complete -c dva -n "__fish_dva_needs_command" -f -a "notes" -d 'Print a section of the study notes'
complete -c dva -n "__fish_dva_needs_command" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c dva -n "__fish_dva_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c dva -n "__fish_dva_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand drill" -s n -l count -d 'How many questions' -r
complete -c dva -n "__fish_dva_using_subcommand drill" -l seed -d 'Seed for a reproducible pick and choice order' -r
complete -c dva -n "__fish_dva_using_subcommand drill" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand drill" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand drill" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand drill" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand drill" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand drill" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand review" -s n -l count -d 'At most this many questions' -r
complete -c dva -n "__fish_dva_using_subcommand review" -l seed -d 'Seed for a reproducible choice order; with --forecast, of the simulations (default 720, as in dva stats)' -r
complete -c dva -n "__fish_dva_using_subcommand review" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand review" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand review" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand review" -l due -d 'How many questions fall due today and on each of the next 7 days'
complete -c dva -n "__fish_dva_using_subcommand review" -l forecast -d 'Predicted recall by domain and topic, and a forecast of the real exam: expected score, pass chance, the last 30 days'
complete -c dva -n "__fish_dva_using_subcommand review" -l json -d 'Print JSON for scripts (with --due or --forecast)'
complete -c dva -n "__fish_dva_using_subcommand review" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand review" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand review" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l timed -d 'Time limit, such as 130m, 2h10m or 90s; untimed without it' -r
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -s n -l count -d 'How many questions (default 65)' -r
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l domain -d 'Only questions of this exam domain (1 to 4)' -r -f -a "1\t''
2\t''
3\t''
4\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l seed -d 'Seed for a reproducible pick and choice order' -r
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l final -d 'Take the final exam: 65 questions held back from all practice until now (130 minutes unless --timed says otherwise)'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -f -a "review" -d 'Review a finished exam: every question missed, with explanations'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -f -a "discard" -d 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
complete -c dva -n "__fish_dva_using_subcommand exam; and not __fish_seen_subcommand_from review discard help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from review" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from discard" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from help" -f -a "review" -d 'Review a finished exam: every question missed, with explanations'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from help" -f -a "discard" -d 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
complete -c dva -n "__fish_dva_using_subcommand exam; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand resume" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand resume" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand resume" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand resume" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand resume" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand resume" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand topics" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand topics" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand topics" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand topics" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand topics" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand topics" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -f -a "check" -d 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -f -a "stats" -d 'Counts by topic, domain, kind and difficulty, and notes coverage'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -f -a "show" -d 'Show one question with its key, explanation and rationale'
complete -c dva -n "__fish_dva_using_subcommand bank; and not __fish_seen_subcommand_from check stats show help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from check" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -l json -d 'Print JSON for scripts'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from stats" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -l json -d 'Print JSON for scripts'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "stats" -d 'Counts by topic, domain, kind and difficulty, and notes coverage'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show one question with its key, explanation and rationale'
complete -c dva -n "__fish_dva_using_subcommand bank; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand stats" -l since -d 'Only answers of this recent period, such as 7d, 2weeks or 36h' -r
complete -c dva -n "__fish_dva_using_subcommand stats" -l topic -d 'Only this topic: slug, alias or group (repeatable)' -r -f -a "api-cli\t''
api\t''
cli\t''
sdk\t''
cloudfront\t''
cf\t''
ecs\t''
containers\t''
elastic-beanstalk\t''
eb\t''
beanstalk\t''
codecommit\t''
codepipeline\t''
codebuild\t''
codedeploy\t''
codestar\t''
codeartifact\t''
codeguru\t''
cloudformation\t''
cfn\t''
xray\t''
x-ray\t''
cloudtrail\t''
trail\t''
lambda\t''
functions\t''
dynamodb\t''
ddb\t''
dynamo\t''
api-gateway\t''
apigw\t''
apigateway\t''
sam\t''
cdk\t''
cognito\t''
step-functions\t''
sfn\t''
stepfunctions\t''
appsync\t''
graphql\t''
amplify\t''
directory-service\t''
ad\t''
directory\t''
kms\t''
parameter-store\t''
ssm\t''
parameters\t''
secrets-manager\t''
secrets\t''
acm\t''
certificates\t''
cicd\t''
serverless\t''
security\t''
iac\t''
monitoring\t''"
complete -c dva -n "__fish_dva_using_subcommand stats" -l domain -d 'Only this exam domain (1 to 4)' -r -f -a "1\t''
2\t''
3\t''
4\t''"
complete -c dva -n "__fish_dva_using_subcommand stats" -l seed -d 'Seed of the readiness forecast\'s simulations (the same seed and answers give the same forecast)' -r
complete -c dva -n "__fish_dva_using_subcommand stats" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand stats" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand stats" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand stats" -l json -d 'Print JSON for scripts'
complete -c dva -n "__fish_dva_using_subcommand stats" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand stats" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand stats" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand history" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand history" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand history" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand history" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand history" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand history" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand export" -l format -d 'Output format' -r -f -a "csv\t'Comma-separated values with a header row'
json\t'An array of objects, one per line'"
complete -c dva -n "__fish_dva_using_subcommand export" -l what -d 'What to export' -r -f -a "answers\t'Every answer given'
sessions\t'Every drill and exam session'
topics\t'Answered, correct and status per topic, all time and last 30 days'
domains\t'The same per exam domain'"
complete -c dva -n "__fish_dva_using_subcommand export" -s o -l output -d 'Write to FILE instead of standard output (atomically: the file is complete or untouched)' -r -F
complete -c dva -n "__fish_dva_using_subcommand export" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand export" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand export" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand export" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand export" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c dva -n "__fish_dva_using_subcommand export" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand notes" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand notes" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand notes" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand notes" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand notes" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand notes" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand completions" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand completions" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand completions" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand completions" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand completions" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand completions" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand man" -l bank -d 'Also load questions from this bank file or folder (repeatable)' -r -F
complete -c dva -n "__fish_dva_using_subcommand man" -l lang -d 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)' -r -f -a "en\t''
ko\t''"
complete -c dva -n "__fish_dva_using_subcommand man" -l color -d 'When to use colour' -r -f -a "auto\t''
always\t''
never\t''"
complete -c dva -n "__fish_dva_using_subcommand man" -l plain -d 'Plain line mode even in a terminal (automatic when piped)'
complete -c dva -n "__fish_dva_using_subcommand man" -s h -l help -d 'Print help'
complete -c dva -n "__fish_dva_using_subcommand man" -s V -l version -d 'Print version'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "drill" -d 'Drill one or more topics with immediate feedback'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "review" -d 'Review the questions due now, or see what falls due and how ready you are'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "exam" -d 'Take a mock exam: 65 questions at the exam guide\'s domain weights'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "resume" -d 'Continue an interrupted exam where it stopped'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "topics" -d 'List the topics, their aliases and how many questions each has'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "bank" -d 'Check or inspect question banks'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "stats" -d 'Your progress across all practice: per domain and topic, weakest topics, exam trend'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "history" -d 'List past sessions, or show one session\'s answers'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "export" -d 'Export answers, sessions, or progress per topic or domain, as CSV or JSON'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "notes" -d 'Print a section of the study notes'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "completions" -d 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "man" -d 'Print the man page (roff)'
complete -c dva -n "__fish_dva_using_subcommand help; and not __fish_seen_subcommand_from drill review exam resume topics bank stats history export notes completions man help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c dva -n "__fish_dva_using_subcommand help; and __fish_seen_subcommand_from exam" -f -a "review" -d 'Review a finished exam: every question missed, with explanations'
complete -c dva -n "__fish_dva_using_subcommand help; and __fish_seen_subcommand_from exam" -f -a "discard" -d 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
complete -c dva -n "__fish_dva_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "check" -d 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
complete -c dva -n "__fish_dva_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "stats" -d 'Counts by topic, domain, kind and difficulty, and notes coverage'
complete -c dva -n "__fish_dva_using_subcommand help; and __fish_seen_subcommand_from bank" -f -a "show" -d 'Show one question with its key, explanation and rationale'
# Positional values (topics, notes sections).
complete -c dva -n "__fish_dva_using_subcommand drill" -f -a "api-cli api cli sdk cloudfront cf ecs containers elastic-beanstalk eb beanstalk codecommit codepipeline codebuild codedeploy codestar codeartifact codeguru cloudformation cfn xray x-ray cloudtrail trail lambda functions dynamodb ddb dynamo api-gateway apigw apigateway sam cdk cognito step-functions sfn stepfunctions appsync graphql amplify directory-service ad directory kms parameter-store ssm parameters secrets-manager secrets acm certificates cicd serverless security iac monitoring"
complete -c dva -n "__fish_dva_using_subcommand review" -f -a "api-cli api cli sdk cloudfront cf ecs containers elastic-beanstalk eb beanstalk codecommit codepipeline codebuild codedeploy codestar codeartifact codeguru cloudformation cfn xray x-ray cloudtrail trail lambda functions dynamodb ddb dynamo api-gateway apigw apigateway sam cdk cognito step-functions sfn stepfunctions appsync graphql amplify directory-service ad directory kms parameter-store ssm parameters secrets-manager secrets acm certificates cicd serverless security iac monitoring"
complete -c dva -n "__fish_dva_using_subcommand notes" -f -a "1 2 2.1 2.2 2.3 3 3.1 3.2 3.3 3.4 4 4.1 4.2 4.3 4.4 4.5 4.6 5 5.1 5.2 5.3 5.4 5.5 5.6 6 6.1 6.2 6.3 6.3.1 6.4 6.4.1 6.4.2 6.5 6.6 6.7 7 7.1 8 8.1 8.2 8.3 9 9.1 9.2 10 10.1 10.2 10.3 10.4 10.5 10.6 10.7 10.8 10.9 10.10 10.11 10.12 10.13 10.14 10.15 10.16 11 11.1 11.2 11.3 11.4 11.5 11.6 11.7 11.8 11.9 11.10 12 12.1 12.2 12.3 12.4 12.5 12.6 12.7 12.8 12.9 13 13.1 14 15 15.1 15.2 16 16.1 16.2 17 18 19 20 20.1 20.2 20.3 20.4 22"
complete -c dva -n "__fish_dva_using_subcommand completions" -f -a "bash elvish fish powershell zsh"
