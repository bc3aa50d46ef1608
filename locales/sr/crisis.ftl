### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: polite "vi", as Centar "Srce" addresses the public.
### locales/sr-Latn is this file letter for letter in Latin script.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is the subject, in the nominative, with a
## present-tense verb that has no gender, so the stored form needs no case
## ending. label: only the line's name (often in Latin letters), never
## declined ("Naziv: pozovite …").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Веома ми је жао што вам је овако тешко и драго ми је што сте ми то рекли. Не морате сами да се носите са тим.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } сада ради и одмах можете да се јавите: { support-reach }.{ support-free }
               *[label] Одмах можете да се јавите линији за помоћ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } тренутно не ради и поново почиње са радом { support-opens }: { support-reach }.{ support-free }
               *[label] Ова линија за помоћ тренутно не ради и поново почиње са радом { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } пружа подршку: { support-reach }.{ support-free }
               *[label] Ово је линија за помоћ којој можете да се јавите. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] На { $directory } можете да пронађете линију за помоћ у својој земљи.
               *[no] Линију за помоћ можете да пронађете и на { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] данас у { $opens_at }
        [tomorrow] сутра у { $opens_at }
        [mon] у понедељак у { $opens_at }
        [tue] у уторак у { $opens_at }
        [wed] у среду у { $opens_at }
        [thu] у четвртак у { $opens_at }
        [fri] у петак у { $opens_at }
        [sat] у суботу у { $opens_at }
        [sun] у недељу у { $opens_at }
       *[none] касније
    }

support-reach =
    { $reach ->
        [call] позовите { $contact }
        [text] пошаљите СМС на { $contact }
        [chat] пишите преко чета на { $contact }
        [whatsapp] пишите преко WhatsApp-а на { $contact }
       *[web] посетите { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Услуга је бесплатна.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте у непосредној опасности, одмах позовите локални број хитне службе.
       *[other] Ако сте у непосредној опасности, одмах позовите { $emergency }.
    }

support-closing = И разговор са неким коме верујете може да помогне. Уз подршку и овако тешка осећања могу да попусте, а са мном можете да наставите разговор.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = У којој се земљи налазите? Онда могу да вам покажем линију за помоћ у вашој земљи.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [always] Ради 0–24
        [open] Сада ради, до { $closes_at }{ summary-schedule }
        [closed] Сада не ради, поново ради { summary-opens }{ summary-schedule }
       *[unknown] Радно време није наведено
    }

## When a closed line opens again, short ("поново ради сутра од 09:00").
summary-opens =
    { $opens_day ->
        [today] од { $opens_at }
        [tomorrow] сутра од { $opens_at }
        [mon] пон од { $opens_at }
        [tue] уто од { $opens_at }
        [wed] сре од { $opens_at }
        [thu] чет од { $opens_at }
        [fri] пет од { $opens_at }
        [sat] суб од { $opens_at }
        [sun] нед од { $opens_at }
       *[none] касније
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
preview-protocol-link = Како овај сервис упућује људе на помоћ
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
preview-fact-checked = Проверено код пружаоца услуге: { $date }
preview-fact-newest-source = Најновији извор: { $date }
preview-evidence-provider = Поузданост: сопствена страница линије
preview-evidence-corroborated = Поузданост: два независна извора
preview-evidence-single = Поузданост: један списак
preview-evidence-conflict = Поузданост: извори се не слажу
preview-fact-country = Земља: { $code }
preview-coverage-summary = Земље и територије: { $total } · са линијама за помоћ: { $covered } · само са хитним бројем: { $uncovered }.
preview-coverage-age = Линије чији је најновији извор старији од 24 месеца: { $stale } од { $total }.
preview-map-caption = Мапа света са покривеношћу
preview-map-line = Има линију за помоћ
preview-map-emergency = Само хитни број
preview-map-none = Није у скупу података
preview-coverage-legend = Истакнути редови имају само хитни број, без одабране линије за помоћ.
preview-coverage-caption = Земље и територије (поређајте дугмадима у колонама)
preview-column-code = Код
preview-column-lines = Линије за помоћ
preview-column-languages = Језици
preview-column-emergency = Хитни бројеви
preview-column-stale = Линије са старим изворима
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
