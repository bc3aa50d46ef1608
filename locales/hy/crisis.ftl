### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Eastern Armenian, reformed orthography; register "դուք" (formal you).
### Sentences end with "։" (U+0589); a label is followed by " — " in the
### message (a Latin ":" is often typed for "։" and would read as a full
### stop) and by "՝" (U+055D) in the short summaries.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in «», standing before the noun
##                «ծառայություն», which takes the case ending («…»
##                ծառայությանը); label: only the line's name, held as a
##                label ("Անուն — …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Շատ եմ ցավում, որ հիմա ձեզ համար այսքան դժվար է, և լավ է, որ պատմեցիք այդ մասին։ Պարտադիր չէ այս ամենին մենակ դիմակայել։

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Հենց հիմա կարող եք դիմել { $line_name } ծառայությանը — { support-reach }։{ support-free }
               *[label] Հենց հիմա կարող եք աջակցություն ստանալ։ { $line_name } — { support-reach }։{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } ծառայությունը հիմա չի աշխատում և նորից կաշխատի { support-opens } — { support-reach }։{ support-free }
               *[label] Այս ծառայությունը հիմա չի աշխատում և նորից կաշխատի { support-opens }։ { $line_name } — { support-reach }։{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Կարող եք դիմել { $line_name } ծառայությանը — { support-reach }։{ support-free }
               *[label] Ահա մի ծառայություն, որին կարող եք դիմել։ { $line_name } — { support-reach }։{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ձեր երկրի օգնության գիծը կարող եք գտնել այստեղ՝ { $directory }։
               *[no] Օգնության գիծ կարող եք գտնել նաև այստեղ՝ { $directory }։
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] այսօր ժամը { $opens_at }-ից
        [tomorrow] վաղը ժամը { $opens_at }-ից
        [mon] երկուշաբթի ժամը { $opens_at }-ից
        [tue] երեքշաբթի ժամը { $opens_at }-ից
        [wed] չորեքշաբթի ժամը { $opens_at }-ից
        [thu] հինգշաբթի ժամը { $opens_at }-ից
        [fri] ուրբաթ ժամը { $opens_at }-ից
        [sat] շաբաթ ժամը { $opens_at }-ից
        [sun] կիրակի ժամը { $opens_at }-ից
       *[none] ավելի ուշ
    }

support-reach =
    { $reach ->
        [call] զանգահարեք { $contact } համարով
        [text] ուղարկեք SMS { $contact } համարին
        [chat] գրեք առցանց չատում՝ { $contact }
        [whatsapp] գրեք WhatsApp-ով { $contact } համարին
       *[web] այցելեք կայք՝ { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Ծառայությունն անվճար է։
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Եթե անմիջական վտանգի մեջ եք, անհապաղ դիմեք տեղի շտապ օգնության ծառայություններին։
       *[other] Եթե անմիջական վտանգի մեջ եք, անհապաղ զանգահարեք { $emergency } համարով։
    }

support-closing = Կարող է օգնել նաև զրույցը մի մարդու հետ, որին վստահում եք։ Աջակցության շնորհիվ նույնիսկ այսքան ծանր զգացումները կարող են թեթևանալ, և դուք կարող եք շարունակել զրուցել ինձ հետ։

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Ո՞ր երկրում եք գտնվում։ Այդ դեպքում կկարողանամ ցույց տալ ձեր երկրի օգնության գիծը։

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at (the time, written the way this locale writes a
## time, or "none"), $opens_day (as in support-opens),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Հեռախոս՝ { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS՝ { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Առցանց չատ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp՝ { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Անվճար{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Շուրջօրյա
        [open] Հիմա աշխատում է մինչև { $closes_at }{ summary-schedule }
        [closed] Հիմա չի աշխատում, կբացվի { summary-opens }{ summary-schedule }
       *[unknown] Աշխատանքային ժամերը նշված չեն
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ժամը { $opens_at }-ին
        [tomorrow] վաղը ժամը { $opens_at }-ին
        [mon] երկուշաբթի ժամը { $opens_at }-ին
        [tue] երեքշաբթի ժամը { $opens_at }-ին
        [wed] չորեքշաբթի ժամը { $opens_at }-ին
        [thu] հինգշաբթի ժամը { $opens_at }-ին
        [fri] ուրբաթ ժամը { $opens_at }-ին
        [sat] շաբաթ ժամը { $opens_at }-ին
        [sun] կիրակի ժամը { $opens_at }-ին
       *[none] ավելի ուշ
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ամեն օր { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] երկ
        [tue] երք
        [wed] չրք
        [thu] հնգ
        [fri] ուր
        [sat] շբթ
       *[sun] կիր
    }
summary-last-day =
    { $last ->
        [mon] երկ
        [tue] երք
        [wed] չրք
        [thu] հնգ
        [fri] ուր
        [sat] շբթ
       *[sun] կիր
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup — նախադիտում
preview-heading = նախադիտում
preview-skip = Անցնել բովանդակությանը
preview-protocol-link = Ինչպես է այս ծառայությունը մարդկանց ուղղորդում օգնության
preview-intro = Սպասարկողների և ինտեգրողների համար․ ինչ ցույց կտար չաթբոտը՝ կազմված միայն հանրային API-ից։ Մի՛ տեղադրեք այստեղ իրական զրույցներ։
preview-views = Բաժիններ
preview-tab-lookup = Որոնում
preview-tab-coverage = Ծածկույթ
preview-tab-locales = Տեղայնացումներ
preview-loading = Բեռնվում է…

## The lookup form.
preview-message = Հաղորդագրություն
preview-message-hint = Օգտագործվում է միայն լեզուն որոշելու համար։
preview-locale = Տեղայնացում
preview-locale-none = — չկա —
preview-country = Երկիր
preview-country-unknown = — անհայտ —
preview-topics = Թեմաներ
preview-topics-hint = Ստորակետով բաժանված, օրինակ՝ { $examples }
preview-channels = Կապի միջոցներ
preview-channel-phone = Հեռախոս
preview-channel-sms = SMS
preview-channel-chat = Չատ
preview-submit = Որոնել
preview-error-vocabularies = Չհաջողվեց բեռնել երկրները կամ տեղայնացումները ({ $error })։
preview-error-lookup = Որոնումը ձախողվեց ({ $error })։

## The answer.
preview-chat-shows = Ինչ է ցույց տալիս չաթը
preview-raw-json = Չմշակված JSON
preview-meta-language = Լեզու՝ { $code } (աղբյուր՝ { $source })
preview-meta-country = Երկիր՝ { $code } (աղբյուր՝ { $source })
preview-meta-country-unknown = Երկիր՝ անհայտ
preview-meta-locale = Տեղայնացում՝ { $code }
preview-meta-lines = Օգնության գծեր՝ { $count }
preview-international = Միջազգային տեղեկատուներ

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Արտակարգ համարներ՝
preview-police = ոստիկանություն
preview-ambulance = շտապ օգնություն
preview-fire = հրշեջ ծառայություն
preview-open-now = Հիմա աշխատում է
preview-closed-now = Հիմա չի աշխատում
preview-hours-unknown = Աշխատանքային ժամերն անհայտ են
preview-action-call = Զանգահարել՝ { $number }
preview-action-text = SMS՝ { $number }
preview-action-chat = Չատ
preview-action-website = Կայք
preview-fact-languages = Լեզուներ՝ { $list }
preview-fact-languages-none = Լեզուներ՝ նշված չեն
preview-fact-hours = Աշխատանքային ժամեր՝ { $times }
preview-fact-checked = Ստուգված է մատակարարի հետ՝ { $date }
preview-fact-newest-source = Ամենաթարմ աղբյուրը՝ { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Հիմնավորում՝ գծի սեփական կայքը
preview-evidence-corroborated = Հիմնավորում՝ երկու անկախ հրատարակիչ
preview-evidence-single = Հիմնավորում՝ մեկ գրառում
preview-evidence-conflict = Հիմնավորում՝ աղբյուրները հակասում են
preview-fact-country = Երկիր՝ { $code }

## The coverage tab.
preview-coverage-summary = Երկրներ և տարածքներ՝ { $total } · օգնության գծերով՝ { $covered } · միայն արտակարգ համարով՝ { $uncovered }։
preview-coverage-age = Գծեր, որոնց ամենաթարմ աղբյուրը 24 ամսից հին է՝ { $stale }/{ $total }։
preview-map-caption = Ծածկույթի համաշխարհային քարտեզ
preview-map-line = Կա օգնության գիծ
preview-map-emergency = Միայն արտակարգ համար
preview-map-none = Տվյալներում չկա
preview-coverage-legend = Ընդգծված տողերում կա միայն արտակարգ համար՝ առանց ընտրված օգնության գծի։
preview-coverage-caption = Երկրներ և տարածքներ (դասավորեք սյունակների կոճակներով)
preview-column-code = Կոդ
preview-column-lines = Օգնության գծեր
preview-column-languages = Լեզուներ
preview-column-emergency = Արտակարգ համար
preview-column-stale = Հին աղբյուրներով գծեր
preview-emergency-only = միայն արտակարգ համար
preview-error-countries = Չհաջողվեց բեռնել երկրները ({ $error })։

## The locales tab.
preview-locales-summary = Տեղայնացումներ՝ { $total } · ստուգված մայրենի խոսողի կողմից՝ { $reviewed }։
preview-locales-caption = Ներառված տեղայնացումներն ու դրանց ստուգման կարգավիճակը
preview-column-native-name = Անվանումը տվյալ լեզվով
preview-column-direction = Ուղղություն
preview-column-review = Ստուգում
preview-reviewed = Ստուգված է
preview-not-reviewed = Ստուգված չէ
preview-error-locales = Չհաջողվեց բեռնել տեղայնացումները ({ $error })։
