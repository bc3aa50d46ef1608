### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Serbian in Cyrillic script; locales/sr-Latn is letter for letter the same
### text in Latin script: change both together.

## The ready-to-show message.
## Variables:
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_at    when a closed line opens again ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Веома ми је жао што пролазите кроз ово и драго ми је што сте то поделили. Не морате са тим да се носите сами.

support-body =
    { $line_state ->
        [open] Одмах можете да се обратите служби { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } тренутно не ради и поново је доступна од { $opens_at }: { support-reach }.{ support-free }
        [unknown] Можете да се обратите служби { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На { $directory } можете да пронађете линију за помоћ у својој близини.
           *[no] Ако ми кажете у којој сте земљи, могу да пронађем линију за помоћ у вашој близини. Можете је пронаћи и на { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] позовите { $contact }
        [text] пошаљите СМС на { $contact }
        [chat] пишите им у чету на { $contact }
        [whatsapp] пишите им преко WhatsApp-а на { $contact }
       *[web] посетите { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Бесплатно је.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте у непосредној опасности, одмах се обратите локалним хитним службама.
       *[other] Ако сте у непосредној опасности, одмах позовите { $emergency }.
    }

support-closing = Може да помогне и разговор са неким коме верујете. Уз подршку и овако тешка осећања могу да попусте, а са мном можете да наставите да разговарате.

## The question asked when we do not know the person's country.
ask-country = У којој сте земљи? Тада могу да вам покажем линију за помоћ у вашој близини.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Позовите { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] СМС { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлајн чет{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Бесплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Доступно нон-стоп
        [open] Сада ради, до { $closes_at }{ summary-schedule }
        [closed] Сада не ради, почиње у { $opens_at }{ summary-schedule }
       *[unknown] Радно време није наведено
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(сваког дана { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] пон
        [tue] уто
        [wed] сре
        [thu] чет
        [fri] пет
        [sat] суб
       *[sun] нед
    }
summary-last-day =
    { $last ->
        [mon] пон
        [tue] уто
        [wed] сре
        [thu] чет
        [fri] пет
        [sat] суб
       *[sun] нед
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Преглед crisis-lookup
preview-heading = преглед
preview-skip = Пређите на садржај
preview-intro = За оне који одржавају и интегришу сервис: шта би приказао четбот, састављено само из јавног API-ја. Не лепите овде стварне разговоре.
preview-views = Прикази
preview-tab-lookup = Претрага
preview-tab-coverage = Покривеност
preview-tab-locales = Језичке верзије
preview-loading = Учитавање…
preview-message = Порука
preview-message-hint = Служи само за препознавање језика.
preview-locale = Језичка верзија
preview-locale-none = — ниједна —
preview-country = Земља
preview-country-unknown = — непозната —
preview-topics = Теме
preview-topics-hint = Одвојене зарезима, на пример: { $examples }
preview-channels = Канали
preview-channel-phone = Телефон
preview-channel-sms = СМС
preview-channel-chat = Чет
preview-submit = Претражите
preview-error-vocabularies = Није било могуће учитати земље или језичке верзије ({ $error }).
preview-error-lookup = Претрага није успела ({ $error }).
preview-chat-shows = Шта приказује чет
preview-raw-json = Изворни JSON
preview-meta-language = Језик: { $code } (према: { $source })
preview-meta-country = Земља: { $code } (према: { $source })
preview-meta-country-unknown = Земља: непозната
preview-meta-locale = Језичка верзија: { $code }
preview-meta-lines = Линије за помоћ: { $count }
preview-international = Међународни именици
preview-emergency = Хитни бројеви:
preview-police = полиција
preview-ambulance = хитна помоћ
preview-fire = ватрогасци
preview-open-now = Сада ради
preview-closed-now = Сада не ради
preview-hours-unknown = Радно време непознато
preview-action-call = Позовите { $number }
preview-action-text = СМС { $number }
preview-action-chat = Чет
preview-action-website = Веб-сајт
preview-fact-languages = Језици: { $list }
preview-fact-languages-none = Језици: нису наведени
preview-fact-hours = Радно време: { $times }
preview-fact-verified = Проверено: { $date }
preview-fact-evidence = Извори: { $evidence }
preview-fact-country = Земља: { $code }
preview-coverage-summary = Земље и територије: { $total } · са линијама за помоћ: { $covered } · само са хитним бројем: { $uncovered }.
preview-coverage-pending = Учитавају се датуми провере… преостало: { $count }.
preview-coverage-oldest = Најстарија провера линије за помоћ: { $date }.
preview-coverage-legend = Истакнути редови имају само хитни број, без одабране линије за помоћ.
preview-coverage-caption = Земље и територије (поређајте дугмадима у колонама)
preview-column-code = Код
preview-column-lines = Линије за помоћ
preview-column-languages = Језици
preview-column-emergency = Хитни бројеви
preview-column-verified = Најстарија провера
preview-emergency-only = само хитни број
preview-error-countries = Није било могуће учитати земље ({ $error }).
preview-locales-summary = Језичке верзије: { $total } · прегледао изворни говорник: { $reviewed }.
preview-locales-caption = Укључене језичке верзије и стање њиховог прегледа
preview-column-native-name = Изворни назив
preview-column-direction = Смер
preview-column-review = Преглед
preview-reviewed = Прегледано
preview-not-reviewed = Није прегледано
preview-error-locales = Није било могуће учитати језичке верзије ({ $error }).
