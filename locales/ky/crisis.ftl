### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: Сиз. No case suffix is ever attached to a placeable: numbers
### and links stand before a noun that takes it ("{ $contact } номерине"),
### times stand in apposition ("убактысы — эртең, саат 09:00").

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands inside the sentence, never first, in the
## nominative: as the subject or before "аркылуу".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Башыңыздан ушундай оор кырдаал өтүп жатканына чын дилимден капамын, ал эми бул тууралуу айтканыңыз абдан жакшы болду. Мунун баарын жалгыз көтөрүүнүн кереги жок.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Дал азыр { $line_name } аркылуу жардам ала аласыз: { support-reach }.{ support-free }
               *[label] Дал азыр байланыша турган жардам линиясы бар. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Азыр { $line_name } иштебей жатат, { support-opens }. Ошондо { support-reach }.{ support-free }
               *[label] Бул жардам линиясы азыр иштебей жатат, { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Сиз { $line_name } аркылуу жардам ала аласыз: { support-reach }.{ support-free }
               *[label] Байланыша турган жардам линиясы мына. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Өлкөңүздөгү жардам линиясын { $directory } сайтынан таба аласыз.
               *[no] Жардам линиясын { $directory } сайтынан да таба аласыз.
            }
    }

## When a closed line opens again: a clause that follows "…иштебей жатат,";
## the time stands in apposition, with no suffix on it.
support-opens =
    { $opens_day ->
        [today] кайра иштей баштоо убактысы — бүгүн, саат { $opens_at }
        [tomorrow] кайра иштей баштоо убактысы — эртең, саат { $opens_at }
        [mon] кайра иштей баштоо убактысы — дүйшөмбү, саат { $opens_at }
        [tue] кайра иштей баштоо убактысы — шейшемби, саат { $opens_at }
        [wed] кайра иштей баштоо убактысы — шаршемби, саат { $opens_at }
        [thu] кайра иштей баштоо убактысы — бейшемби, саат { $opens_at }
        [fri] кайра иштей баштоо убактысы — жума, саат { $opens_at }
        [sat] кайра иштей баштоо убактысы — ишемби, саат { $opens_at }
        [sun] кайра иштей баштоо убактысы — жекшемби, саат { $opens_at }
       *[none] кийинчерээк кайра иштей баштайт
    }

support-reach =
    { $reach ->
        [call] { $contact } номерине чалыңыз
        [text] { $contact } номерине SMS жөнөтүңүз
        [chat] { $contact } сайтындагы онлайн чатка жазыңыз
        [whatsapp] WhatsApp аркылуу { $contact } номерине жазыңыз
       *[web] { $contact } сайтына кириңиз
    }

support-free =
    { $free ->
        [yes] {" "}Бул кызмат акысыз.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Эгер азыр өмүрүңүзгө коркунуч туулуп турса, дароо милицияга же тез жардамга кайрылыңыз.
       *[other] Эгер азыр өмүрүңүзгө коркунуч туулуп турса, дароо { $emergency } номерине чалыңыз.
    }

support-closing = Өзүңүз ишенген адам менен сүйлөшүү да жардам бериши мүмкүн. Ушундай оор сезимдер да колдоонун аркасында жеңилдеши мүмкүн, ал эми мени менен сүйлөшүүнү уланта берсеңиз болот.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = Кайсы өлкөдөсүз? Ошондо өлкөңүздөгү жардам линиясын көрсөтө алам.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Телефон: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлайн чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Акысыз{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Күнү-түнү, күн сайын
        [open] Азыр ачык, жабылуу убактысы — { $closes_at }{ summary-schedule }
        [closed] Азыр жабык, { summary-opens }{ summary-schedule }
       *[unknown] Иштөө убактысы көрсөтүлгөн эмес
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ачылышы: бүгүн, { $opens_at }
        [tomorrow] ачылышы: эртең, { $opens_at }
        [mon] ачылышы: дүй., { $opens_at }
        [tue] ачылышы: шейш., { $opens_at }
        [wed] ачылышы: шарш., { $opens_at }
        [thu] ачылышы: бейш., { $opens_at }
        [fri] ачылышы: жума, { $opens_at }
        [sat] ачылышы: ишм., { $opens_at }
        [sun] ачылышы: жек., { $opens_at }
       *[none] кийинчерээк ачылат
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(күн сайын { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] дүй.
        [tue] шейш.
        [wed] шарш.
        [thu] бейш.
        [fri] жума
        [sat] ишм.
       *[sun] жек.
    }
summary-last-day =
    { $last ->
        [mon] дүй.
        [tue] шейш.
        [wed] шарш.
        [thu] бейш.
        [fri] жума
        [sat] ишм.
       *[sun] жек.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: алдын ала көрүү
preview-heading = алдын ала көрүү
preview-skip = Негизги мазмунга өтүү
preview-protocol-link = Бул кызмат адамдарды жардамга кантип багыттайт
preview-intro = Кызматты жүргүзгөндөр жана аны өз системасына туташтыргандар үчүн: чат-бот эмнени көрсөтөрүн ачык API аркылуу гана түзүп көрсөтөт. Бул жерге чыныгы кат алышууларды койбоңуз.
preview-views = Бөлүмдөр
preview-tab-lookup = Издөө
preview-tab-coverage = Камтуу
preview-tab-locales = Тилдер
preview-loading = Жүктөлүүдө…

## The lookup form.
preview-message = Билдирүү
preview-message-hint = Тилди аныктоо үчүн гана колдонулат.
preview-locale = Локаль
preview-locale-none = — жок —
preview-country = Өлкө
preview-country-unknown = — белгисиз —
preview-topics = Темалар
preview-topics-hint = Үтүр менен бөлүңүз, мисалы: { $examples }
preview-channels = Байланыш каналдары
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Издөө
preview-error-vocabularies = Өлкөлөр же локалдар жүктөлгөн жок ({ $error }).
preview-error-lookup = Издөө ишке ашкан жок ({ $error }).

## The answer.
preview-chat-shows = Чатта эмне көрүнөт
preview-raw-json = Баштапкы JSON
preview-meta-language = Тил: { $code } (булагы: { $source })
preview-meta-country = Өлкө: { $code } (булагы: { $source })
preview-meta-country-unknown = Өлкө: белгисиз
preview-meta-locale = Локаль: { $code }
preview-meta-lines = Жардам линиялары: { $count }
preview-international = Эл аралык маалымдамалар

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Шашылыш кызматтар:
preview-police = милиция
preview-ambulance = тез жардам
preview-fire = өрт өчүрүү кызматы
preview-open-now = Азыр ачык
preview-closed-now = Азыр жабык
preview-hours-unknown = Иштөө убактысы белгисиз
preview-action-call = Чалуу: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сайт
preview-fact-languages = Тилдер: { $list }
preview-fact-languages-none = Тилдер: көрсөтүлгөн эмес
preview-fact-hours = Иштөө убактысы: { $times }
preview-fact-checked = Кызмат көрсөтүүчү менен текшерилген күнү: { $date }
preview-fact-newest-source = Эң жаңы булак: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Далил: линиянын өз барагы
preview-evidence-corroborated = Далил: эки көз карандысыз басылма
preview-evidence-single = Далил: бир гана тизме
preview-evidence-conflict = Далил: булактар бири-бирине карама-каршы
preview-fact-country = Өлкө: { $code }

## The coverage tab.
preview-coverage-summary = Өлкөлөр жана аймактар: { $total } · жардам линиясы барлары: { $covered } · шашылыш номер гана: { $uncovered }.
preview-coverage-age = Эң жаңы булагы 24 айдан эски линиялар: { $stale } (баары { $total }).
preview-map-caption = Камтуунун дүйнөлүк картасы
preview-map-line = Жардам линиясы бар
preview-map-emergency = Шашылыш номер гана
preview-map-none = Маалыматтар топтомунда жок
preview-coverage-legend = Белгиленген саптарда шашылыш номер гана бар, тандалган жардам линиясы жок.
preview-coverage-caption = Өлкөлөр жана аймактар (мамычалардагы баскычтар менен иреттеңиз)
preview-column-code = Код
preview-column-lines = Жардам линиялары
preview-column-languages = Тилдер
preview-column-emergency = Шашылыш номер
preview-column-stale = Эски булактагы линиялар
preview-emergency-only = шашылыш номер гана
preview-error-countries = Өлкөлөр жүктөлгөн жок ({ $error }).

## The locales tab.
preview-locales-summary = Локалдар: { $total } · эне тилинде сүйлөгөн адам текшергендери: { $reviewed }.
preview-locales-caption = Кошулган локалдар жана алардын текшерилүү абалы
preview-column-native-name = Өз тилиндеги аталышы
preview-column-direction = Жазуу багыты
preview-column-review = Текшерүү
preview-reviewed = Текшерилген
preview-not-reviewed = Текшерилген эмес
preview-error-locales = Локалдар жүктөлгөн жок ({ $error }).
