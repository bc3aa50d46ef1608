### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: អ្នក / ខ្ញុំ, no gendered particle (បាទ/ចាស). A space stands
### before ។ after a number or link, so that a link never swallows the ។.
### $opens_at comes as CLDR writes it ("9:00 ព្រឹក"), after ម៉ោង.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the object of ទាក់ទង or the subject.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = ខ្ញុំពិតជាសោកស្ដាយណាស់ ដែលអ្នកកំពុងឆ្លងកាត់រឿងលំបាកបែបនេះ។ អរគុណដែលបានប្រាប់ខ្ញុំ។ អ្នកមិនចាំបាច់ប្រឈមមុខនឹងរឿងនេះតែម្នាក់ឯងទេ។

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] អ្នកអាចទាក់ទង { $line_name } បានភ្លាមៗឥឡូវនេះ៖ { support-reach } ។{ support-free }
               *[label] មានខ្សែទូរស័ព្ទជំនួយមួយ ដែលអ្នកអាចទាក់ទងបានភ្លាមៗឥឡូវនេះ។ { $line_name }៖ { support-reach } ។{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } បិទនៅពេលនេះ ហើយនឹងបើកវិញ { support-opens }៖ { support-reach } ។{ support-free }
               *[label] ខ្សែទូរស័ព្ទជំនួយនេះបិទនៅពេលនេះ ហើយនឹងបើកវិញ { support-opens }។ { $line_name }៖ { support-reach } ។{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] អ្នកអាចទាក់ទង { $line_name }៖ { support-reach } ។{ support-free }
               *[label] នេះជាខ្សែទូរស័ព្ទជំនួយមួយ ដែលអ្នកអាចទាក់ទងបាន។ { $line_name }៖ { support-reach } ។{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] អ្នកអាចស្វែងរកខ្សែទូរស័ព្ទជំនួយក្នុងប្រទេសរបស់អ្នក នៅគេហទំព័រ { $directory } ។
               *[no] អ្នកក៏អាចស្វែងរកខ្សែទូរស័ព្ទជំនួយ នៅគេហទំព័រ { $directory } ។
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] ថ្ងៃនេះ នៅម៉ោង { $opens_at }
        [tomorrow] ថ្ងៃស្អែក នៅម៉ោង { $opens_at }
        [mon] ថ្ងៃច័ន្ទ នៅម៉ោង { $opens_at }
        [tue] ថ្ងៃអង្គារ នៅម៉ោង { $opens_at }
        [wed] ថ្ងៃពុធ នៅម៉ោង { $opens_at }
        [thu] ថ្ងៃព្រហស្បតិ៍ នៅម៉ោង { $opens_at }
        [fri] ថ្ងៃសុក្រ នៅម៉ោង { $opens_at }
        [sat] ថ្ងៃសៅរ៍ នៅម៉ោង { $opens_at }
        [sun] ថ្ងៃអាទិត្យ នៅម៉ោង { $opens_at }
       *[none] នៅពេលក្រោយ
    }

support-reach =
    { $reach ->
        [call] ហៅទូរស័ព្ទទៅលេខ { $contact }
        [text] ផ្ញើសារ SMS ទៅលេខ { $contact }
        [chat] ជជែកតាមអនឡាញនៅគេហទំព័រ { $contact }
        [whatsapp] ផ្ញើសារតាម WhatsApp ទៅលេខ { $contact }
       *[web] ចូលទៅកាន់គេហទំព័រ { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}សេវានេះឥតគិតថ្លៃ។
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] ប្រសិនបើជីវិតរបស់អ្នកកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ សូមទាក់ទងប៉ូលិស ឬរថយន្តសង្គ្រោះបន្ទាន់ភ្លាមៗ។
       *[other] ប្រសិនបើជីវិតរបស់អ្នកកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅទូរស័ព្ទទៅលេខ { $emergency } ភ្លាមៗ។
    }

support-closing = ការនិយាយជាមួយនរណាម្នាក់ដែលអ្នកទុកចិត្ត ក៏អាចជួយបានដែរ។ អារម្មណ៍ធ្ងន់ខ្លាំងបែបនេះ អាចធូរស្រាលបាន នៅពេលមានការគាំទ្រ ហើយអ្នកអាចបន្តនិយាយជាមួយខ្ញុំបាន។

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = តើអ្នកនៅប្រទេសណា? បើប្រាប់មក ខ្ញុំអាចបង្ហាញខ្សែទូរស័ព្ទជំនួយក្នុងប្រទេសរបស់អ្នកបាន។

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] ទូរស័ព្ទ៖ { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS៖ { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ជជែកអនឡាញ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp៖ { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] ឥតគិតថ្លៃ{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] បើក 24 ម៉ោង រៀងរាល់ថ្ងៃ
        [open] កំពុងបើក រហូតដល់ម៉ោង { $closes_at }{ summary-schedule }
        [closed] កំពុងបិទ បើកវិញ { summary-opens }{ summary-schedule }
       *[unknown] មិនមានព័ត៌មានម៉ោងបើក
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ថ្ងៃនេះ ម៉ោង { $opens_at }
        [tomorrow] ថ្ងៃស្អែក ម៉ោង { $opens_at }
        [mon] ច័ន្ទ ម៉ោង { $opens_at }
        [tue] អង្គារ ម៉ោង { $opens_at }
        [wed] ពុធ ម៉ោង { $opens_at }
        [thu] ព្រហស្បតិ៍ ម៉ោង { $opens_at }
        [fri] សុក្រ ម៉ោង { $opens_at }
        [sat] សៅរ៍ ម៉ោង { $opens_at }
        [sun] អាទិត្យ ម៉ោង { $opens_at }
       *[none] ពេលក្រោយ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(រាល់ថ្ងៃ { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ច័ន្ទ
        [tue] អង្គារ
        [wed] ពុធ
        [thu] ព្រហស្បតិ៍
        [fri] សុក្រ
        [sat] សៅរ៍
       *[sun] អាទិត្យ
    }
summary-last-day =
    { $last ->
        [mon] ច័ន្ទ
        [tue] អង្គារ
        [wed] ពុធ
        [thu] ព្រហស្បតិ៍
        [fri] សុក្រ
        [sat] សៅរ៍
       *[sun] អាទិត្យ
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup មើលជាមុន
preview-heading = មើលជាមុន
preview-skip = រំលងទៅមាតិកាចម្បង
preview-protocol-link = របៀបដែលសេវានេះបញ្ជូនមនុស្សទៅរកជំនួយ
preview-intro = សម្រាប់អ្នកថែទាំសេវា និងអ្នកភ្ជាប់សេវានេះទៅប្រព័ន្ធរបស់ខ្លួន៖ អ្វីដែល chatbot មួយនឹងបង្ហាញ ដោយប្រើតែ API សាធារណៈប៉ុណ្ណោះ។ សូមកុំបិទភ្ជាប់ការសន្ទនាពិតៗនៅទីនេះ។
preview-views = ទិដ្ឋភាព
preview-tab-lookup = ស្វែងរក
preview-tab-coverage = វិសាលភាព
preview-tab-locales = ភាសា
preview-loading = កំពុងផ្ទុក…

## The lookup form.
preview-message = សារ
preview-message-hint = ប្រើសម្រាប់តែកំណត់ភាសាប៉ុណ្ណោះ។
preview-locale = Locale
preview-locale-none = — គ្មាន —
preview-country = ប្រទេស
preview-country-unknown = — មិនស្គាល់ —
preview-topics = ប្រធានបទ
preview-topics-hint = បំបែកដោយសញ្ញាក្បៀស ឧទាហរណ៍៖ { $examples }
preview-channels = មធ្យោបាយទាក់ទង
preview-channel-phone = ទូរស័ព្ទ
preview-channel-sms = SMS
preview-channel-chat = ជជែក
preview-submit = ស្វែងរក
preview-error-vocabularies = មិនអាចផ្ទុកប្រទេស ឬ locale បានទេ ({ $error })។
preview-error-lookup = ការស្វែងរកបរាជ័យ ({ $error })។

## The answer.
preview-chat-shows = អ្វីដែលការជជែកបង្ហាញ
preview-raw-json = JSON ដើម
preview-meta-language = ភាសា៖ { $code } (ប្រភព៖ { $source })
preview-meta-country = ប្រទេស៖ { $code } (ប្រភព៖ { $source })
preview-meta-country-unknown = ប្រទេស៖ មិនស្គាល់
preview-meta-locale = Locale៖ { $code }
preview-meta-lines = ខ្សែទូរស័ព្ទជំនួយ៖ { $count }
preview-international = បញ្ជីអន្តរជាតិ

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = សង្គ្រោះបន្ទាន់៖
preview-police = ប៉ូលិស
preview-ambulance = រថយន្តសង្គ្រោះបន្ទាន់
preview-fire = ពន្លត់អគ្គិភ័យ
preview-open-now = កំពុងបើក
preview-closed-now = កំពុងបិទ
preview-hours-unknown = មិនដឹងម៉ោងបើក
preview-action-call = ហៅទូរស័ព្ទ៖ { $number }
preview-action-text = SMS៖ { $number }
preview-action-chat = ជជែក
preview-action-website = គេហទំព័រ
preview-fact-languages = ភាសា៖ { $list }
preview-fact-languages-none = ភាសា៖ មិនបានបញ្ជាក់
preview-fact-hours = ម៉ោងបើក៖ { $times }
preview-fact-checked = បានផ្ទៀងផ្ទាត់ជាមួយអ្នកផ្ដល់សេវា៖ { $date }
preview-fact-newest-source = ប្រភពថ្មីបំផុត៖ { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = ភស្តុតាង៖ គេហទំព័រផ្ទាល់របស់ខ្សែជំនួយ
preview-evidence-corroborated = ភស្តុតាង៖ អ្នកផ្សព្វផ្សាយឯករាជ្យពីរ
preview-evidence-single = ភស្តុតាង៖ បញ្ជីតែមួយ
preview-evidence-conflict = ភស្តុតាង៖ ប្រភពមិនស្របគ្នា
preview-fact-country = ប្រទេស៖ { $code }

## The coverage tab.
preview-coverage-summary = ប្រទេស និងដែនដី៖ { $total } · មានខ្សែជំនួយ៖ { $covered } · មានតែលេខសង្គ្រោះបន្ទាន់៖ { $uncovered }។
preview-coverage-age = ខ្សែជំនួយដែលប្រភពថ្មីបំផុតចាស់ជាង 24 ខែ៖ { $stale } ក្នុងចំណោម { $total }។
preview-map-caption = ផែនទីពិភពលោកនៃវិសាលភាព
preview-map-line = មានខ្សែជំនួយ
preview-map-emergency = មានតែលេខសង្គ្រោះបន្ទាន់
preview-map-none = មិនមានក្នុងសំណុំទិន្នន័យ
preview-coverage-legend = ជួរដែលបានរំលេច មានតែលេខសង្គ្រោះបន្ទាន់ គ្មានខ្សែជំនួយដែលបានជ្រើសរើសទេ។
preview-coverage-caption = ប្រទេស និងដែនដី (តម្រៀបដោយប្រើប៊ូតុងនៃជួរឈរ)
preview-column-code = កូដ
preview-column-lines = ខ្សែជំនួយ
preview-column-languages = ភាសា
preview-column-emergency = សង្គ្រោះបន្ទាន់
preview-column-stale = ខ្សែជំនួយដែលមានប្រភពចាស់
preview-emergency-only = មានតែលេខសង្គ្រោះបន្ទាន់
preview-error-countries = មិនអាចផ្ទុកប្រទេសបានទេ ({ $error })។

## The locales tab.
preview-locales-summary = Locale៖ { $total } · បានពិនិត្យដោយអ្នកនិយាយភាសាកំណើត៖ { $reviewed }។
preview-locales-caption = Locale ដែលបានដាក់បញ្ចូល និងស្ថានភាពនៃការពិនិត្យ
preview-column-native-name = ឈ្មោះជាភាសាខ្លួន
preview-column-direction = ទិសដៅសរសេរ
preview-column-review = ការពិនិត្យ
preview-reviewed = បានពិនិត្យ
preview-not-reviewed = មិនទាន់ពិនិត្យ
preview-error-locales = មិនអាចផ្ទុក locale បានទេ ({ $error })។
