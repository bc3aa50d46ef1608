### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

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

support-opening = Мені дуже шкода, що вам зараз так важко, і добре, що ви про це сказали. Вам не потрібно долати це наодинці.

support-body =
    { $line_state ->
        [open] Уже зараз ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } зараз не працює і знову почне роботу о { $opens_at }: { support-reach }.{ support-free }
        [unknown] Ви можете звернутися до служби { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На сайті { $directory } можна знайти службу допомоги поруч із вами.
           *[no] Якщо ви скажете, в якій країні перебуваєте, я знайду службу допомоги поруч із вами. Її також можна знайти на сайті { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] зателефонуйте за номером { $contact }
        [text] надішліть SMS на номер { $contact }
        [chat] напишіть у чат: { $contact }
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

## The question asked when we do not know the person's country.
ask-country = У якій країні ви перебуваєте? Тоді я зможу підказати службу допомоги поруч із вами.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [closed] Зараз не працює, почне о { $opens_at }{ summary-schedule }
       *[unknown] Години роботи не вказано
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
preview-intro = Для тих, хто підтримує та інтегрує сервіс: що показав би чат-бот, зібране лише з публічного API. Не вставляйте сюди справжні розмови.
preview-views = Розділи
preview-tab-lookup = Пошук
preview-tab-coverage = Охоплення
preview-tab-locales = Мовні версії
preview-loading = Завантаження…
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
preview-chat-shows = Що покаже чат
preview-raw-json = Необроблений JSON
preview-meta-language = Мова: { $code } (джерело: { $source })
preview-meta-country = Країна: { $code } (джерело: { $source })
preview-meta-country-unknown = Країна: невідома
preview-meta-locale = Мовна версія: { $code }
preview-meta-lines = Лінії підтримки: { $count }
preview-international = Міжнародні довідники
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
preview-fact-verified = Перевірено: { $date }
preview-fact-evidence = Джерела: { $evidence }
preview-fact-country = Країна: { $code }
preview-coverage-summary = Країни й території: { $total } · з лініями підтримки: { $covered } · лише екстрений номер: { $uncovered }.
preview-coverage-pending = Завантажуються дати перевірки… залишилося: { $count }.
preview-coverage-oldest = Найдавніша перевірка лінії підтримки: { $date }.
preview-coverage-legend = У виділених рядках є лише екстрений номер, без відібраної лінії підтримки.
preview-coverage-caption = Країни й території (сортування кнопками в стовпцях)
preview-column-code = Код
preview-column-lines = Лінії підтримки
preview-column-languages = Мови
preview-column-emergency = Екстрений номер
preview-column-verified = Найдавніша перевірка
preview-emergency-only = лише екстрений номер
preview-error-countries = Не вдалося завантажити країни ({ $error }).
preview-locales-summary = Мовні версії: { $total } · перевірені носієм мови: { $reviewed }.
preview-locales-caption = Включені мовні версії та стан їх перевірки
preview-column-native-name = Власна назва
preview-column-direction = Напрямок
preview-column-review = Перевірка
preview-reviewed = Перевірено
preview-not-reviewed = Не перевірено
preview-error-locales = Не вдалося завантажити мовні версії ({ $error }).
