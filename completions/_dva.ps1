
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'dva' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'dva'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'dva' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('drill', 'drill', [CompletionResultType]::ParameterValue, 'Drill one or more topics with immediate feedback')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review the questions due now, or see what falls due and how ready you are')
            [CompletionResult]::new('exam', 'exam', [CompletionResultType]::ParameterValue, 'Take a mock exam: 65 questions at the exam guide''s domain weights')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue an interrupted exam where it stopped')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List the topics, their aliases and how many questions each has')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Check or inspect question banks')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Your progress across all practice: per domain and topic, weakest topics, exam trend')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List past sessions, or show one session''s answers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export answers, sessions, or progress per topic or domain, as CSV or JSON')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'Print a section of the study notes')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;drill' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many questions')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many questions')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for a reproducible pick and choice order')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;review' {
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'At most this many questions')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'At most this many questions')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for a reproducible choice order; with --forecast, of the simulations (default 720, as in dva stats)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'How many questions fall due today and on each of the next 7 days')
            [CompletionResult]::new('--forecast', '--forecast', [CompletionResultType]::ParameterName, 'Predicted recall by domain and topic, and a forecast of the real exam: expected score, pass chance, the last 30 days')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts (with --due or --forecast)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;exam' {
            [CompletionResult]::new('--timed', '--timed', [CompletionResultType]::ParameterName, 'Time limit, such as 130m, 2h10m or 90s; untimed without it')
            [CompletionResult]::new('-n', '-n', [CompletionResultType]::ParameterName, 'How many questions (default 65)')
            [CompletionResult]::new('--count', '--count', [CompletionResultType]::ParameterName, 'How many questions (default 65)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only questions of this exam domain (1 to 4)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed for a reproducible pick and choice order')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--final', '--final', [CompletionResultType]::ParameterName, 'Take the final exam: 65 questions held back from all practice until now (130 minutes unless --timed says otherwise)')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a finished exam: every question missed, with explanations')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;exam;review' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;exam;discard' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;exam;help' {
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a finished exam: every question missed, with explanations')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;exam;help;review' {
            break
        }
        'dva;exam;help;discard' {
            break
        }
        'dva;exam;help;help' {
            break
        }
        'dva;resume' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;topics' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;bank' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts by topic, domain, kind and difficulty, and notes coverage')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question with its key, explanation and rationale')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;bank;check' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;bank;stats' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;bank;show' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;bank;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts by topic, domain, kind and difficulty, and notes coverage')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question with its key, explanation and rationale')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;bank;help;check' {
            break
        }
        'dva;bank;help;stats' {
            break
        }
        'dva;bank;help;show' {
            break
        }
        'dva;bank;help;help' {
            break
        }
        'dva;stats' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only answers of this recent period, such as 7d, 2weeks or 36h')
            [CompletionResult]::new('--topic', '--topic', [CompletionResultType]::ParameterName, 'Only this topic: slug, alias or group (repeatable)')
            [CompletionResult]::new('--domain', '--domain', [CompletionResultType]::ParameterName, 'Only this exam domain (1 to 4)')
            [CompletionResult]::new('--seed', '--seed', [CompletionResultType]::ParameterName, 'Seed of the readiness forecast''s simulations (the same seed and answers give the same forecast)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Print JSON for scripts')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;history' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;export' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--what', '--what', [CompletionResultType]::ParameterName, 'What to export')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output (atomically: the file is complete or untouched)')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Write to FILE instead of standard output (atomically: the file is complete or untouched)')
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;notes' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;completions' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;man' {
            [CompletionResult]::new('--bank', '--bank', [CompletionResultType]::ParameterName, 'Also load questions from this bank file or folder (repeatable)')
            [CompletionResult]::new('--lang', '--lang', [CompletionResultType]::ParameterName, 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'When to use colour')
            [CompletionResult]::new('--plain', '--plain', [CompletionResultType]::ParameterName, 'Plain line mode even in a terminal (automatic when piped)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'dva;help' {
            [CompletionResult]::new('drill', 'drill', [CompletionResultType]::ParameterValue, 'Drill one or more topics with immediate feedback')
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review the questions due now, or see what falls due and how ready you are')
            [CompletionResult]::new('exam', 'exam', [CompletionResultType]::ParameterValue, 'Take a mock exam: 65 questions at the exam guide''s domain weights')
            [CompletionResult]::new('resume', 'resume', [CompletionResultType]::ParameterValue, 'Continue an interrupted exam where it stopped')
            [CompletionResult]::new('topics', 'topics', [CompletionResultType]::ParameterValue, 'List the topics, their aliases and how many questions each has')
            [CompletionResult]::new('bank', 'bank', [CompletionResultType]::ParameterValue, 'Check or inspect question banks')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Your progress across all practice: per domain and topic, weakest topics, exam trend')
            [CompletionResult]::new('history', 'history', [CompletionResultType]::ParameterValue, 'List past sessions, or show one session''s answers')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Export answers, sessions, or progress per topic or domain, as CSV or JSON')
            [CompletionResult]::new('notes', 'notes', [CompletionResultType]::ParameterValue, 'Print a section of the study notes')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print a shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'dva;help;drill' {
            break
        }
        'dva;help;review' {
            break
        }
        'dva;help;exam' {
            [CompletionResult]::new('review', 'review', [CompletionResultType]::ParameterValue, 'Review a finished exam: every question missed, with explanations')
            [CompletionResult]::new('discard', 'discard', [CompletionResultType]::ParameterValue, 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere')
            break
        }
        'dva;help;exam;review' {
            break
        }
        'dva;help;exam;discard' {
            break
        }
        'dva;help;resume' {
            break
        }
        'dva;help;topics' {
            break
        }
        'dva;help;bank' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given')
            [CompletionResult]::new('stats', 'stats', [CompletionResultType]::ParameterValue, 'Counts by topic, domain, kind and difficulty, and notes coverage')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show one question with its key, explanation and rationale')
            break
        }
        'dva;help;bank;check' {
            break
        }
        'dva;help;bank;stats' {
            break
        }
        'dva;help;bank;show' {
            break
        }
        'dva;help;stats' {
            break
        }
        'dva;help;history' {
            break
        }
        'dva;help;export' {
            break
        }
        'dva;help;notes' {
            break
        }
        'dva;help;completions' {
            break
        }
        'dva;help;man' {
            break
        }
        'dva;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
