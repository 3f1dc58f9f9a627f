
use builtin;
use str;

set edit:completion:arg-completer[dva] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'dva'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'dva'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand drill 'Drill one or more topics with immediate feedback'
            cand review 'Review the questions due now, or see what falls due and how ready you are'
            cand exam 'Take a mock exam: 65 questions at the exam guide''s domain weights'
            cand resume 'Continue an interrupted exam where it stopped'
            cand topics 'List the topics, their aliases and how many questions each has'
            cand bank 'Check or inspect question banks'
            cand stats 'Your progress across all practice: per domain and topic, weakest topics, exam trend'
            cand history 'List past sessions, or show one session''s answers'
            cand export 'Export answers, sessions, or progress per topic or domain, as CSV or JSON'
            cand notes 'Print a section of the study notes'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;drill'= {
            cand -n 'How many questions'
            cand --count 'How many questions'
            cand --seed 'Seed for a reproducible pick and choice order'
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;review'= {
            cand -n 'At most this many questions'
            cand --count 'At most this many questions'
            cand --seed 'Seed for a reproducible choice order; with --forecast, of the simulations (default 720, as in dva stats)'
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --due 'How many questions fall due today and on each of the next 7 days'
            cand --forecast 'Predicted recall by domain and topic, and a forecast of the real exam: expected score, pass chance, the last 30 days'
            cand --json 'Print JSON for scripts (with --due or --forecast)'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;exam'= {
            cand --timed 'Time limit, such as 130m, 2h10m or 90s; untimed without it'
            cand -n 'How many questions (default 65)'
            cand --count 'How many questions (default 65)'
            cand --domain 'Only questions of this exam domain (1 to 4)'
            cand --seed 'Seed for a reproducible pick and choice order'
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --final 'Take the final exam: 65 questions held back from all practice until now (130 minutes unless --timed says otherwise)'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand review 'Review a finished exam: every question missed, with explanations'
            cand discard 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;exam;review'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;exam;discard'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;exam;help'= {
            cand review 'Review a finished exam: every question missed, with explanations'
            cand discard 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;exam;help;review'= {
        }
        &'dva;exam;help;discard'= {
        }
        &'dva;exam;help;help'= {
        }
        &'dva;resume'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;topics'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;bank'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand check 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
            cand stats 'Counts by topic, domain, kind and difficulty, and notes coverage'
            cand show 'Show one question with its key, explanation and rationale'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;bank;check'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;bank;stats'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --json 'Print JSON for scripts'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;bank;show'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --json 'Print JSON for scripts'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;bank;help'= {
            cand check 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
            cand stats 'Counts by topic, domain, kind and difficulty, and notes coverage'
            cand show 'Show one question with its key, explanation and rationale'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;bank;help;check'= {
        }
        &'dva;bank;help;stats'= {
        }
        &'dva;bank;help;show'= {
        }
        &'dva;bank;help;help'= {
        }
        &'dva;stats'= {
            cand --since 'Only answers of this recent period, such as 7d, 2weeks or 36h'
            cand --topic 'Only this topic: slug, alias or group (repeatable)'
            cand --domain 'Only this exam domain (1 to 4)'
            cand --seed 'Seed of the readiness forecast''s simulations (the same seed and answers give the same forecast)'
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --json 'Print JSON for scripts'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;history'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;export'= {
            cand --format 'Output format'
            cand --what 'What to export'
            cand -o 'Write to FILE instead of standard output (atomically: the file is complete or untouched)'
            cand --output 'Write to FILE instead of standard output (atomically: the file is complete or untouched)'
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;notes'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;completions'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;man'= {
            cand --bank 'Also load questions from this bank file or folder (repeatable)'
            cand --lang 'Language of questions and interface: en or ko (default: DVA_LANG, then the locale)'
            cand --color 'When to use colour'
            cand --plain 'Plain line mode even in a terminal (automatic when piped)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'dva;help'= {
            cand drill 'Drill one or more topics with immediate feedback'
            cand review 'Review the questions due now, or see what falls due and how ready you are'
            cand exam 'Take a mock exam: 65 questions at the exam guide''s domain weights'
            cand resume 'Continue an interrupted exam where it stopped'
            cand topics 'List the topics, their aliases and how many questions each has'
            cand bank 'Check or inspect question banks'
            cand stats 'Your progress across all practice: per domain and topic, weakest topics, exam trend'
            cand history 'List past sessions, or show one session''s answers'
            cand export 'Export answers, sessions, or progress per topic or domain, as CSV or JSON'
            cand notes 'Print a section of the study notes'
            cand completions 'Print a shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'dva;help;drill'= {
        }
        &'dva;help;review'= {
        }
        &'dva;help;exam'= {
            cand review 'Review a finished exam: every question missed, with explanations'
            cand discard 'Discard the exam in progress: it gets no score, and its answers, kept in the store, count nowhere'
        }
        &'dva;help;exam;review'= {
        }
        &'dva;help;exam;discard'= {
        }
        &'dva;help;resume'= {
        }
        &'dva;help;topics'= {
        }
        &'dva;help;bank'= {
            cand check 'Validate bank files: the built-in bank and banks/ in the data directory when no path is given'
            cand stats 'Counts by topic, domain, kind and difficulty, and notes coverage'
            cand show 'Show one question with its key, explanation and rationale'
        }
        &'dva;help;bank;check'= {
        }
        &'dva;help;bank;stats'= {
        }
        &'dva;help;bank;show'= {
        }
        &'dva;help;stats'= {
        }
        &'dva;help;history'= {
        }
        &'dva;help;export'= {
        }
        &'dva;help;notes'= {
        }
        &'dva;help;completions'= {
        }
        &'dva;help;man'= {
        }
        &'dva;help;help'= {
        }
    ]
    $completions[$command]
}
