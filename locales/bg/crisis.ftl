### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Много съжалявам, че преминавате през това, и е хубаво, че го споделихте. Не е нужно да се справяте сами.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Веднага можете да се свържете с { $line_name }: { support-reach }.{ support-free }
               *[label] Веднага можете да се свържете с линия за помощ. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] В момента { $line_name } не работи, но { support-opens } отново ще е на разположение: { support-reach }.{ support-free }
               *[label] Тази линия в момента не работи, но { support-opens } отново ще е на разположение. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Можете да се свържете с { $line_name }: { support-reach }.{ support-free }
               *[label] Ето линия за помощ, с която можете да се свържете. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] На { $directory } можете да намерите линия за помощ във вашата държава.
               *[no] Можете да намерите линия за помощ и на { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] днес в { $opens_at } ч.
        [tomorrow] утре в { $opens_at } ч.
        [mon] в понеделник в { $opens_at } ч.
        [tue] във вторник в { $opens_at } ч.
        [wed] в сряда в { $opens_at } ч.
        [thu] в четвъртък в { $opens_at } ч.
        [fri] в петък в { $opens_at } ч.
        [sat] в събота в { $opens_at } ч.
        [sun] в неделя в { $opens_at } ч.
       *[none] по-късно
    }

support-reach =
    { $reach ->
        [call] обадете се на { $contact }
        [text] изпратете SMS на { $contact }
        [chat] пишете в чата на { $contact }
        [whatsapp] пишете в WhatsApp на { $contact }
       *[web] посетете { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Услугата е безплатна.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте в непосредствена опасност, моля, свържете се веднага с местните спешни служби.
       *[other] Ако сте в непосредствена опасност, обадете се веднага на { $emergency }.
    }

support-closing = Може да помогне и разговор с човек, на когото имате доверие. С подкрепа дори толкова тежки чувства могат да отслабнат, а с мен можете да продължите да говорите.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = В коя държава сте? Тогава мога да ви покажа линия за помощ във вашата държава.

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
       *[other] Обадете се: { $phone }{" · "}
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
        [yes] Безплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Денонощно
        [open] Сега работи, до { $closes_at } ч.{ summary-schedule }
        [closed] Сега не работи, отваря { summary-opens }{ summary-schedule }
       *[unknown] Работното време не е посочено
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] в { $opens_at } ч.
        [tomorrow] утре в { $opens_at } ч.
        [mon] в понеделник в { $opens_at } ч.
        [tue] във вторник в { $opens_at } ч.
        [wed] в сряда в { $opens_at } ч.
        [thu] в четвъртък в { $opens_at } ч.
        [fri] в петък в { $opens_at } ч.
        [sat] в събота в { $opens_at } ч.
        [sun] в неделя в { $opens_at } ч.
       *[none] по-късно
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(всеки ден { $from }–{ $to } ч.)
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to } ч.)
        [day] {" "}({ summary-first-day } { $from }–{ $to } ч.)
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] пн
        [tue] вт
        [wed] ср
        [thu] чт
        [fri] пт
        [sat] сб
       *[sun] нд
    }
summary-last-day =
    { $last ->
        [mon] пн
        [tue] вт
        [wed] ср
        [thu] чт
        [fri] пт
        [sat] сб
       *[sun] нд
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – преглед
preview-heading = преглед
preview-skip = Към съдържанието
preview-protocol-link = Как тази услуга насочва хората към помощ
preview-intro = За поддържащите и интеграторите: какво би показал един чатбот, изградено само от публичния API. Не поставяйте тук истински разговори.
preview-views = Изгледи
preview-tab-lookup = Търсене
preview-tab-coverage = Обхват
preview-tab-locales = Локализации
preview-loading = Зарежда се…

## The lookup form.
preview-message = Съобщение
preview-message-hint = Използва се само за разпознаване на езика.
preview-locale = Локализация
preview-locale-none = — няма —
preview-country = Държава
preview-country-unknown = — неизвестна —
preview-topics = Теми
preview-topics-hint = Разделени със запетаи, например: { $examples }
preview-channels = Канали
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Търсене
preview-error-vocabularies = Държавите или локализациите не можаха да се заредят ({ $error }).
preview-error-lookup = Търсенето не беше успешно ({ $error }).

## The answer.
preview-chat-shows = Какво показва чатът
preview-raw-json = Необработен JSON
preview-meta-language = Език: { $code } (според { $source })
preview-meta-country = Държава: { $code } (според { $source })
preview-meta-country-unknown = Държава: неизвестна
preview-meta-locale = Локализация: { $code }
preview-meta-lines = Линии за помощ: { $count }
preview-international = Международни справочници

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Спешни номера:
preview-police = полиция
preview-ambulance = линейка
preview-fire = пожарна
preview-open-now = Сега работи
preview-closed-now = Сега не работи
preview-hours-unknown = Работното време не е известно
preview-action-call = Обадете се: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Уебсайт
preview-fact-languages = Езици: { $list }
preview-fact-languages-none = Езици: не са посочени
preview-fact-hours = Работно време: { $times }
preview-fact-checked = Потвърдено от самата линия: { $date }
preview-fact-newest-source = Най-нов източник: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Източници: собствената страница на линията
preview-evidence-corroborated = Източници: двама независими издатели
preview-evidence-single = Източници: само един запис в списък
preview-evidence-conflict = Източници: противоречат си
preview-fact-country = Държава: { $code }

## The coverage tab.
preview-coverage-summary = Държави и територии: { $total } · с линии за помощ: { $covered } · само със спешен номер: { $uncovered }.
preview-coverage-age = Линии, чийто най-нов източник е по-стар от 24 месеца: { $stale } от { $total }.
preview-map-caption = Карта на света с покритието
preview-map-line = Има линия за помощ
preview-map-emergency = Само номер за спешни случаи
preview-map-none = Няма в данните
preview-coverage-legend = Маркираните редове имат само спешен номер, без подбрана линия за помощ.
preview-coverage-caption = Държави и територии (подреждайте с бутоните в колоните)
preview-column-code = Код
preview-column-lines = Линии за помощ
preview-column-languages = Езици
preview-column-emergency = Спешни номера
preview-column-stale = Линии със стари източници
preview-emergency-only = само спешен номер
preview-error-countries = Държавите не можаха да се заредят ({ $error }).

## The locales tab.
preview-locales-summary = Локализации: { $total } · прегледани от носител на езика: { $reviewed }.
preview-locales-caption = Включените локализации и дали са прегледани
preview-column-native-name = Име на самия език
preview-column-direction = Посока
preview-column-review = Преглед
preview-reviewed = Прегледана
preview-not-reviewed = Непрегледана
preview-error-locales = Локализациите не можаха да се заредят ({ $error }).
