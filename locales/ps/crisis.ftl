### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: تاسو (polite plural), which also keeps the reader's gender out
### of the verbs. Right-to-left: the service isolates every placeable.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands in the direct case, inside "له … سره"
## or as the subject of a verb that does not mark gender ("کار نه کوي").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = واقعاً خپه یم چې له داسې سختو ورځو تېرېږئ، او ښه شول چې دا خبره مو راسره شریکه کړه. اړتیا نشته چې له دې ټولو سره یوازې مخ شئ.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] همدا اوس کولای شئ له { $line_name } سره اړیکه ونیسئ: { support-reach }.{ support-free }
               *[label] همدا اوس کولای شئ له یوې د مرستې کرښې سره اړیکه ونیسئ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } اوس کار نه کوي او { support-opens } بیا کار پیلوي: { support-reach }.{ support-free }
               *[label] دا د مرستې کرښه اوس بنده ده او { support-opens } بیا پرانیستل کېږي. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] تاسو کولای شئ له { $line_name } سره اړیکه ونیسئ: { support-reach }.{ support-free }
               *[label] دا د مرستې یوه کرښه ده چې ورسره اړیکه نیولای شئ. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] ستاسو د هېواد د مرستې کرښه په { $directory } کې موندلای شئ.
               *[no] د مرستې کرښه په { $directory } کې هم موندلای شئ.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] نن په { $opens_at } بجو
        [tomorrow] سبا په { $opens_at } بجو
        [mon] دوشنبه په { $opens_at } بجو
        [tue] سه‌شنبه په { $opens_at } بجو
        [wed] چهارشنبه په { $opens_at } بجو
        [thu] پنجشنبه په { $opens_at } بجو
        [fri] جمعه په { $opens_at } بجو
        [sat] شنبه په { $opens_at } بجو
        [sun] یکشنبه په { $opens_at } بجو
       *[none] وروسته
    }

support-reach =
    { $reach ->
        [call] { $contact } شمېرې ته زنګ ووهئ
        [text] { $contact } شمېرې ته SMS ولېږئ
        [chat] د { $contact } پاڼې له لارې آنلاین چټ وکړئ
        [whatsapp] د WhatsApp له لارې { $contact } شمېرې ته پیغام ولېږئ
       *[web] د { $contact } ویب پاڼه وګورئ
    }

support-free =
    { $free ->
        [yes] {" "}دا خدمت وړیا دی.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] که همدا اوس ستاسو ژوند په خطر کې وي، سمدلاسه پولیسو یا بیړنیو روغتیايي خدمتونو ته زنګ ووهئ.
       *[other] که همدا اوس ستاسو ژوند په خطر کې وي، سمدلاسه { $emergency } شمېرې ته زنګ ووهئ.
    }

support-closing = له هغه چا سره خبرې کول چې باور پرې لرئ هم مرسته کولای شي. دا ډول درانه احساسات د ملاتړ په مرسته سپک کېدای شي، او تاسو کولای شئ له ما سره خبرو ته دوام ورکړئ.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = تاسو په کوم هېواد کې یاست؟ بیا کولای شم ستاسو د هېواد د مرستې کرښه درته وښیم.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] زنګ: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] آنلاین چټ{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] وړیا{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] ۲۴ ساعته، هره ورځ
        [open] اوس کار کوي، تر { $closes_at } پورې{ summary-schedule }
        [closed] اوس کار نه کوي، { summary-opens } بیا پیلېږي{ summary-schedule }
       *[unknown] د کار وخت نه دی ښودل شوی
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] نن په { $opens_at }
        [tomorrow] سبا په { $opens_at }
        [mon] دوشنبه په { $opens_at }
        [tue] سه‌شنبه په { $opens_at }
        [wed] چهارشنبه په { $opens_at }
        [thu] پنجشنبه په { $opens_at }
        [fri] جمعه په { $opens_at }
        [sat] شنبه په { $opens_at }
        [sun] یکشنبه په { $opens_at }
       *[none] وروسته
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(هره ورځ { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] دوشنبه
        [tue] سه‌شنبه
        [wed] چهارشنبه
        [thu] پنجشنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یکشنبه
    }
summary-last-day =
    { $last ->
        [mon] دوشنبه
        [tue] سه‌شنبه
        [wed] چهارشنبه
        [thu] پنجشنبه
        [fri] جمعه
        [sat] شنبه
       *[sun] یکشنبه
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup مخکتنه
preview-heading = مخکتنه
preview-skip = اصلي منځپانګې ته ورشئ
preview-protocol-link = دا خدمت خلک څنګه د مرستې لور ته لېږي
preview-intro = د هغو کسانو لپاره چې دا خدمت چلوي یا یې له خپل سیستم سره نښلوي: هغه څه چې یو چټ‌بوټ به یې وښيي، یوازې له عامه API څخه جوړ شوي. دلته ریښتینې خبرې اترې مه ږدئ.
preview-views = لیدونه
preview-tab-lookup = لټون
preview-tab-coverage = پوښښ
preview-tab-locales = ژبې
preview-loading = پورته کېږي…

## The lookup form.
preview-message = پیغام
preview-message-hint = یوازې د ژبې پېژندلو لپاره کارېږي.
preview-locale = لوکال
preview-locale-none = — هېڅ —
preview-country = هېواد
preview-country-unknown = — نامعلوم —
preview-topics = موضوعګانې
preview-topics-hint = په کامې سره جلا، د بېلګې په توګه: { $examples }
preview-channels = د اړیکې لارې
preview-channel-phone = ټیلیفون
preview-channel-sms = SMS
preview-channel-chat = چټ
preview-submit = ولټوئ
preview-error-vocabularies = هېوادونه یا لوکالونه پورته نه شول ({ $error }).
preview-error-lookup = لټون ناکام شو ({ $error }).

## The answer.
preview-chat-shows = چټ څه ښيي
preview-raw-json = خام JSON
preview-meta-language = ژبه: { $code } (سرچینه: { $source })
preview-meta-country = هېواد: { $code } (سرچینه: { $source })
preview-meta-country-unknown = هېواد: نامعلوم
preview-meta-locale = لوکال: { $code }
preview-meta-lines = د مرستې کرښې: { $count }
preview-international = نړیوال لارښودونه

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = بیړني خدمتونه:
preview-police = پولیس
preview-ambulance = امبولانس
preview-fire = اوروژنه
preview-open-now = اوس کار کوي
preview-closed-now = اوس کار نه کوي
preview-hours-unknown = د کار وخت نامعلوم
preview-action-call = زنګ: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = چټ
preview-action-website = ویب پاڼه
preview-fact-languages = ژبې: { $list }
preview-fact-languages-none = ژبې: نه دي ښودل شوې
preview-fact-hours = د کار وخت: { $times }
preview-fact-checked = له خدمت وړاندې کوونکي سره تایید شوی: { $date }
preview-fact-newest-source = تر ټولو نوې سرچینه: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = ثبوت: د کرښې خپله پاڼه
preview-evidence-corroborated = ثبوت: دوه خپلواک خپروونکي
preview-evidence-single = ثبوت: یو لېست
preview-evidence-conflict = ثبوت: سرچینې سره اختلاف لري
preview-fact-country = هېواد: { $code }

## The coverage tab.
preview-coverage-summary = هېوادونه او سیمې: { $total } · د مرستې کرښې لرونکي: { $covered } · یوازې بیړنۍ شمېره: { $uncovered }.
preview-coverage-age = هغه کرښې چې تر ټولو نوې سرچینه یې له ۲۴ میاشتو زړه ده: { $stale } له { $total } څخه.
preview-map-caption = د پوښښ د نړۍ نقشه
preview-map-line = د مرستې کرښه لري
preview-map-emergency = یوازې بیړنۍ شمېره
preview-map-none = په ډېټاسېټ کې نشته
preview-coverage-legend = په روښانه شویو قطارونو کې یوازې بیړنۍ شمېره شته، غوره شوې د مرستې کرښه نشته.
preview-coverage-caption = هېوادونه او سیمې (د ستنو په تڼیو یې ترتیب کړئ)
preview-column-code = کوډ
preview-column-lines = د مرستې کرښې
preview-column-languages = ژبې
preview-column-emergency = بیړنۍ شمېره
preview-column-stale = په زړو سرچینو کرښې
preview-emergency-only = یوازې بیړنۍ شمېره
preview-error-countries = هېوادونه پورته نه شول ({ $error }).

## The locales tab.
preview-locales-summary = لوکالونه: { $total } · د مورنۍ ژبې ویونکي کتلي: { $reviewed }.
preview-locales-caption = شامل لوکالونه او د هغوی د کتنې حالت
preview-column-native-name = په خپله ژبه نوم
preview-column-direction = د لیکلو لوری
preview-column-review = کتنه
preview-reviewed = کتل شوی
preview-not-reviewed = نه دی کتل شوی
preview-error-locales = لوکالونه پورته نه شول ({ $error }).
