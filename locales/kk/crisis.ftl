### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Kazakh in Cyrillic, the script state bodies use today. Register: сіз.
### No case suffix is ever attached to a placeable: numbers and links stand
### before a noun that takes it ("{ $contact } нөміріне"), times stand in
### apposition ("уақыты — ертең, сағат 09:00").

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands inside the sentence, never first, in the
## nominative: as the subject or before "арқылы" ("… сенім телефоны арқылы").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Осындай ауыр жағдайды бастан кешіп жатқаныңызға шын жүректен қынжыламын, әрі бұл туралы айтқаныңызға қуаныштымын. Мұны жалғыз көтерудің қажеті жоқ.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Дәл қазір { $line_name } арқылы көмек ала аласыз: { support-reach }.{ support-free }
               *[label] Дәл қазір хабарласуға болатын көмек желісі бар. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Қазір { $line_name } жұмыс істемейді, { support-opens }. Сол кезде { support-reach }.{ support-free }
               *[label] Бұл көмек желісі қазір жұмыс істемейді, { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Сіз { $line_name } арқылы көмек ала аласыз: { support-reach }.{ support-free }
               *[label] Мына көмек желісіне хабарласа аласыз. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Еліңіздегі көмек желісін { $directory } сайтынан табуға болады.
               *[no] Көмек желісін { $directory } сайтынан да табуға болады.
            }
    }

## When a closed line opens again: a clause that follows "…қазір жұмыс
## істемейді,"; the time stands in apposition, with no suffix on it.
support-opens =
    { $opens_day ->
        [today] қайта ашылу уақыты — бүгін, сағат { $opens_at }
        [tomorrow] қайта ашылу уақыты — ертең, сағат { $opens_at }
        [mon] қайта ашылу уақыты — дүйсенбі, сағат { $opens_at }
        [tue] қайта ашылу уақыты — сейсенбі, сағат { $opens_at }
        [wed] қайта ашылу уақыты — сәрсенбі, сағат { $opens_at }
        [thu] қайта ашылу уақыты — бейсенбі, сағат { $opens_at }
        [fri] қайта ашылу уақыты — жұма, сағат { $opens_at }
        [sat] қайта ашылу уақыты — сенбі, сағат { $opens_at }
        [sun] қайта ашылу уақыты — жексенбі, сағат { $opens_at }
       *[none] кейінірек қайта ашылады
    }

support-reach =
    { $reach ->
        [call] { $contact } нөміріне қоңырау шалыңыз
        [text] { $contact } нөміріне SMS жіберіңіз
        [chat] { $contact } сайтындағы онлайн чатқа жазыңыз
        [whatsapp] WhatsApp арқылы { $contact } нөміріне жазыңыз
       *[web] { $contact } сайтына кіріңіз
    }

support-free =
    { $free ->
        [yes] {" "}Бұл қызмет тегін.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Егер қазір өміріңізге қауіп төніп тұрса, дереу полицияға немесе жедел жәрдемге хабарласыңыз.
       *[other] Егер қазір өміріңізге қауіп төніп тұрса, дереу { $emergency } нөміріне қоңырау шалыңыз.
    }

support-closing = Өзіңіз сенетін адаммен сөйлесу де көмектесуі мүмкін. Мұндай ауыр сезімдер де қолдаудың арқасында жеңілдеуі мүмкін, ал менімен сөйлесуді жалғастыра аласыз.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = Қай елдесіз? Сонда еліңіздегі көмек желісін көрсете аламын.

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
        [yes] Тегін{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Тәулік бойы, күн сайын
        [open] Қазір ашық, жабылу уақыты — { $closes_at }{ summary-schedule }
        [closed] Қазір жабық, { summary-opens }{ summary-schedule }
       *[unknown] Жұмыс уақыты көрсетілмеген
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ашылуы: бүгін, { $opens_at }
        [tomorrow] ашылуы: ертең, { $opens_at }
        [mon] ашылуы: дс, { $opens_at }
        [tue] ашылуы: сс, { $opens_at }
        [wed] ашылуы: ср, { $opens_at }
        [thu] ашылуы: бс, { $opens_at }
        [fri] ашылуы: жм, { $opens_at }
        [sat] ашылуы: сб, { $opens_at }
        [sun] ашылуы: жс, { $opens_at }
       *[none] кейінірек ашылады
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
        [mon] дс
        [tue] сс
        [wed] ср
        [thu] бс
        [fri] жм
        [sat] сб
       *[sun] жс
    }
summary-last-day =
    { $last ->
        [mon] дс
        [tue] сс
        [wed] ср
        [thu] бс
        [fri] жм
        [sat] сб
       *[sun] жс
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: алдын ала қарау
preview-heading = алдын ала қарау
preview-skip = Негізгі мазмұнға өту
preview-protocol-link = Бұл қызмет адамдарды көмекке қалай бағыттайды
preview-intro = Қызметті жүргізетіндер мен оны өз жүйесіне қосатындарға арналған: чат-бот не көрсететінін тек ашық API арқылы құрастырып көрсетеді. Мұнда нақты хат алмасуларды қоймаңыз.
preview-views = Бөлімдер
preview-tab-lookup = Іздеу
preview-tab-coverage = Қамту
preview-tab-locales = Тілдер
preview-loading = Жүктелуде…

## The lookup form.
preview-message = Хабарлама
preview-message-hint = Тек тілді анықтау үшін қолданылады.
preview-locale = Локаль
preview-locale-none = — жоқ —
preview-country = Ел
preview-country-unknown = — белгісіз —
preview-topics = Тақырыптар
preview-topics-hint = Үтір арқылы, мысалы: { $examples }
preview-channels = Байланыс арналары
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Іздеу
preview-error-vocabularies = Елдер немесе локальдер жүктелмеді ({ $error }).
preview-error-lookup = Іздеу сәтсіз аяқталды ({ $error }).

## The answer.
preview-chat-shows = Чатта не көрсетіледі
preview-raw-json = Бастапқы JSON
preview-meta-language = Тіл: { $code } (дереккөзі: { $source })
preview-meta-country = Ел: { $code } (дереккөзі: { $source })
preview-meta-country-unknown = Ел: белгісіз
preview-meta-locale = Локаль: { $code }
preview-meta-lines = Көмек желілері: { $count }
preview-international = Халықаралық анықтамалықтар

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Жедел қызметтер:
preview-police = полиция
preview-ambulance = жедел жәрдем
preview-fire = өрт сөндіру қызметі
preview-open-now = Қазір ашық
preview-closed-now = Қазір жабық
preview-hours-unknown = Жұмыс уақыты белгісіз
preview-action-call = Қоңырау шалу: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сайт
preview-fact-languages = Тілдер: { $list }
preview-fact-languages-none = Тілдер: көрсетілмеген
preview-fact-hours = Жұмыс уақыты: { $times }
preview-fact-checked = Қызмет көрсетушімен тексерілген күні: { $date }
preview-fact-newest-source = Ең жаңа дереккөз: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Дәлел: желінің өз парағы
preview-evidence-corroborated = Дәлел: екі тәуелсіз жариялаушы
preview-evidence-single = Дәлел: бір ғана тізім
preview-evidence-conflict = Дәлел: дереккөздер бір-біріне қайшы
preview-fact-country = Ел: { $code }

## The coverage tab.
preview-coverage-summary = Елдер мен аумақтар: { $total } · көмек желісі барлары: { $covered } · тек жедел нөмір: { $uncovered }.
preview-coverage-age = Ең жаңа дереккөзі 24 айдан ескі желілер: { $stale } (барлығы { $total }).
preview-map-caption = Қамтудың әлем картасы
preview-map-line = Көмек желісі бар
preview-map-emergency = Тек жедел нөмір
preview-map-none = Деректер жинағында жоқ
preview-coverage-legend = Белгіленген жолдарда тек жедел нөмір бар, іріктелген көмек желісі жоқ.
preview-coverage-caption = Елдер мен аумақтар (баған батырмаларымен сұрыптаңыз)
preview-column-code = Код
preview-column-lines = Көмек желілері
preview-column-languages = Тілдер
preview-column-emergency = Жедел нөмір
preview-column-stale = Ескі дереккөздегі желілер
preview-emergency-only = тек жедел нөмір
preview-error-countries = Елдер жүктелмеді ({ $error }).

## The locales tab.
preview-locales-summary = Локальдер: { $total } · ана тілі ретінде сөйлейтін адам тексергендері: { $reviewed }.
preview-locales-caption = Қосылған локальдер және олардың тексерілу күйі
preview-column-native-name = Өз тіліндегі атауы
preview-column-direction = Жазу бағыты
preview-column-review = Тексеру
preview-reviewed = Тексерілген
preview-not-reviewed = Тексерілмеген
preview-error-locales = Локальдер жүктелмеді ({ $error }).
