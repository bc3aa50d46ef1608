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

support-opening = Мені дуже шкода, що вам зараз так важко, і добре, що ви про це сказали. Вам не потрібно долати це наодинці.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Уже зараз ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
               *[label] Уже зараз ви можете звернутися по підтримку. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Служба { $line_name } зараз не працює; вона знову запрацює { support-opens }: { support-reach }.{ support-free }
               *[label] Ця служба зараз не працює; вона знову запрацює { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
               *[label] Ось куди можна звернутися по підтримку. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] На сайті { $directory } можна знайти службу допомоги у вашій країні.
               *[no] Службу допомоги також можна знайти на сайті { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] сьогодні о { $opens_at }
        [tomorrow] завтра о { $opens_at }
        [mon] в понеділок о { $opens_at }
        [tue] у вівторок о { $opens_at }
        [wed] в середу о { $opens_at }
        [thu] в четвер о { $opens_at }
        [fri] в пʼятницю о { $opens_at }
        [sat] в суботу о { $opens_at }
        [sun] в неділю о { $opens_at }
       *[none] пізніше
    }

support-reach =
    { $reach ->
        [call] зателефонуйте за номером { $contact }
        [text] надішліть SMS на номер { $contact }
        [chat] напишіть у чат на сайті { $contact }
        [whatsapp] напишіть у WhatsApp на номер { $contact }
       *[web] перейдіть на сайт { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Це безкоштовно.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Якщо вам загрожує безпосередня небезпека, будь ласка, одразу зверніться до місцевих екстрених служб.
       *[other] Якщо вам загрожує безпосередня небезпека, зателефонуйте зараз за номером { $emergency }.
    }

support-closing = Розмова з людиною, якій ви довіряєте, теж може допомогти. З підтримкою навіть такі важкі почуття можуть послабшати, і ви можете й далі говорити зі мною.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = У якій країні ви перебуваєте? Тоді я зможу підказати службу допомоги у вашій країні.

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
       *[other] Телефон: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Онлайн-чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Безкоштовно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Цілодобово
        [open] Зараз працює, до { $closes_at }{ summary-schedule }
        [closed] Зараз не працює, запрацює { summary-opens }{ summary-schedule }
       *[unknown] Години роботи не вказано
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] о { $opens_at }
        [tomorrow] завтра о { $opens_at }
        [mon] в пн о { $opens_at }
        [tue] у вт о { $opens_at }
        [wed] в ср о { $opens_at }
        [thu] в чт о { $opens_at }
        [fri] в пт о { $opens_at }
        [sat] в сб о { $opens_at }
        [sun] в нд о { $opens_at }
       *[none] пізніше
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(щодня { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
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

preview-page-title = crisis-lookup — попередній перегляд
preview-heading = попередній перегляд
preview-skip = Перейти до вмісту
preview-protocol-link = Як цей сервіс скеровує людей по допомогу
preview-intro = Для тих, хто підтримує та інтегрує сервіс: що показав би чат-бот, зібране лише з публічного API. Не вставляйте сюди справжні розмови.
preview-views = Розділи
preview-tab-lookup = Пошук
preview-tab-coverage = Охоплення
preview-tab-locales = Мовні версії
preview-loading = Завантаження…

## The lookup form.
preview-message = Повідомлення
preview-message-hint = Використовується лише для визначення мови.
preview-locale = Мовна версія
preview-locale-none = — немає —
preview-country = Країна
preview-country-unknown = — невідома —
preview-topics = Теми
preview-topics-hint = Через кому, наприклад: { $examples }
preview-channels = Канали
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Знайти
preview-error-vocabularies = Не вдалося завантажити країни або мовні версії ({ $error }).
preview-error-lookup = Не вдалося виконати пошук ({ $error }).

## The answer.
preview-chat-shows = Що покаже чат
preview-raw-json = Необроблений JSON
preview-meta-language = Мова: { $code } (джерело: { $source })
preview-meta-country = Країна: { $code } (джерело: { $source })
preview-meta-country-unknown = Країна: невідома
preview-meta-locale = Мовна версія: { $code }
preview-meta-lines = Служби допомоги: { $count }
preview-international = Міжнародні довідники

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Екстрені служби:
preview-police = поліція
preview-ambulance = швидка допомога
preview-fire = пожежна служба
preview-open-now = Зараз працює
preview-closed-now = Зараз не працює
preview-hours-unknown = Години роботи невідомі
preview-action-call = Телефон: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сайт
preview-fact-languages = Мови: { $list }
preview-fact-languages-none = Мови: не вказано
preview-fact-hours = Години роботи: { $times }
preview-fact-checked = Підтверджено самою службою: { $date }
preview-fact-newest-source = Найновіше джерело: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Джерела: власний сайт служби
preview-evidence-corroborated = Джерела: два незалежні видавці
preview-evidence-single = Джерела: один запис у каталозі
preview-evidence-conflict = Джерела: розходяться
preview-fact-country = Країна: { $code }

## The coverage tab.
preview-coverage-summary = Країни й території: { $total } · зі службами допомоги: { $covered } · лише екстрений номер: { $uncovered }.
preview-coverage-age = Служби, чиє найновіше джерело старше за 24 місяці: { $stale } з { $total }.
preview-map-caption = Мапа світу: охоплення
preview-map-line = Є служба допомоги
preview-map-emergency = Лише екстрений номер
preview-map-none = Немає в даних
preview-coverage-legend = У виділених рядках є лише екстрений номер, без відібраної служби допомоги.
preview-coverage-caption = Країни й території (сортування кнопками в стовпцях)
preview-column-code = Код
preview-column-lines = Служби допомоги
preview-column-languages = Мови
preview-column-emergency = Екстрений номер
preview-column-stale = Служби зі старими джерелами
preview-emergency-only = лише екстрений номер
preview-error-countries = Не вдалося завантажити країни ({ $error }).

## The locales tab.
preview-locales-summary = Мовні версії: { $total } · перевірені носієм мови: { $reviewed }.
preview-locales-caption = Включені мовні версії та стан їх перевірки
preview-column-native-name = Самоназва
preview-column-direction = Напрямок
preview-column-review = Перевірка
preview-reviewed = Перевірено
preview-not-reviewed = Не перевірено
preview-error-locales = Не вдалося завантажити мовні версії ({ $error }).
