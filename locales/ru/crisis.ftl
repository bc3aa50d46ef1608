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

support-opening = Мне очень жаль, что вам сейчас так тяжело, и хорошо, что вы об этом сказали. Вам не нужно справляться с этим в одиночку.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Прямо сейчас вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
               *[label] Прямо сейчас вы можете обратиться за поддержкой. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Служба { $line_name } сейчас не работает; она снова начнёт работу { support-opens }: { support-reach }.{ support-free }
               *[label] Эта служба сейчас не работает; она снова начнёт работу { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
               *[label] Вот куда можно обратиться за поддержкой. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] На сайте { $directory } можно найти службу помощи в вашей стране.
               *[no] Службу помощи можно также найти на сайте { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] сегодня в { $opens_at }
        [tomorrow] завтра в { $opens_at }
        [mon] в понедельник в { $opens_at }
        [tue] во вторник в { $opens_at }
        [wed] в среду в { $opens_at }
        [thu] в четверг в { $opens_at }
        [fri] в пятницу в { $opens_at }
        [sat] в субботу в { $opens_at }
        [sun] в воскресенье в { $opens_at }
       *[none] позже
    }

support-reach =
    { $reach ->
        [call] позвоните по номеру { $contact }
        [text] отправьте SMS на номер { $contact }
        [chat] напишите в чат на сайте { $contact }
        [whatsapp] напишите в WhatsApp на номер { $contact }
       *[web] зайдите на сайт { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Это бесплатно.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Если вам угрожает непосредственная опасность, пожалуйста, сразу обратитесь в местную экстренную службу.
       *[other] Если вам угрожает непосредственная опасность, позвоните прямо сейчас по номеру { $emergency }.
    }

support-closing = Может помочь и разговор с человеком, которому вы доверяете. С поддержкой даже такие тяжёлые чувства могут ослабнуть, и вы можете продолжать говорить со мной.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = В какой стране вы находитесь? Тогда я смогу подсказать службу помощи в вашей стране.

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
        [yes] Бесплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Круглосуточно
        [open] Сейчас работает, до { $closes_at }{ summary-schedule }
        [closed] Сейчас не работает, начнёт работу { summary-opens }{ summary-schedule }
       *[unknown] Часы работы не указаны
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] в { $opens_at }
        [tomorrow] завтра в { $opens_at }
        [mon] в пн в { $opens_at }
        [tue] во вт в { $opens_at }
        [wed] в ср в { $opens_at }
        [thu] в чт в { $opens_at }
        [fri] в пт в { $opens_at }
        [sat] в сб в { $opens_at }
        [sun] в вс в { $opens_at }
       *[none] позже
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ежедневно { $from }–{ $to })
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
       *[sun] вс
    }
summary-last-day =
    { $last ->
        [mon] пн
        [tue] вт
        [wed] ср
        [thu] чт
        [fri] пт
        [sat] сб
       *[sun] вс
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup — предпросмотр
preview-heading = предпросмотр
preview-skip = Перейти к содержимому
preview-protocol-link = Как этот сервис направляет людей за помощью
preview-intro = Для тех, кто сопровождает и встраивает сервис: что показал бы чат-бот, собранное только из публичного API. Не вставляйте сюда настоящие переписки.
preview-views = Разделы
preview-tab-lookup = Поиск
preview-tab-coverage = Охват
preview-tab-locales = Языки
preview-loading = Загрузка…

## The lookup form.
preview-message = Сообщение
preview-message-hint = Используется только для определения языка.
preview-locale = Локаль
preview-locale-none = — нет —
preview-country = Страна
preview-country-unknown = — неизвестна —
preview-topics = Темы
preview-topics-hint = Через запятую, например: { $examples }
preview-channels = Каналы
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Найти
preview-error-vocabularies = Не удалось загрузить страны или локали ({ $error }).
preview-error-lookup = Не удалось выполнить поиск ({ $error }).

## The answer.
preview-chat-shows = Что покажет чат
preview-raw-json = Исходный JSON
preview-meta-language = Язык: { $code } (источник: { $source })
preview-meta-country = Страна: { $code } (источник: { $source })
preview-meta-country-unknown = Страна: неизвестна
preview-meta-locale = Локаль: { $code }
preview-meta-lines = Службы помощи: { $count }
preview-international = Международные справочники

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Экстренные службы:
preview-police = полиция
preview-ambulance = скорая помощь
preview-fire = пожарная охрана
preview-open-now = Сейчас работает
preview-closed-now = Сейчас не работает
preview-hours-unknown = Часы работы неизвестны
preview-action-call = Телефон: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сайт
preview-fact-languages = Языки: { $list }
preview-fact-languages-none = Языки: не указаны
preview-fact-hours = Часы работы: { $times }
preview-fact-checked = Подтверждено самой службой: { $date }
preview-fact-newest-source = Самый свежий источник: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Источники: собственный сайт службы
preview-evidence-corroborated = Источники: два независимых издателя
preview-evidence-single = Источники: одна запись в каталоге
preview-evidence-conflict = Источники: расходятся
preview-fact-country = Страна: { $code }

## The coverage tab.
preview-coverage-summary = Страны и территории: { $total } · со службами помощи: { $covered } · только экстренный номер: { $uncovered }.
preview-coverage-age = Службы, у которых самый свежий источник старше 24 месяцев: { $stale } из { $total }.
preview-map-caption = Карта мира: охват
preview-map-line = Есть служба помощи
preview-map-emergency = Только экстренный номер
preview-map-none = Нет в данных
preview-coverage-legend = В выделенных строках есть только экстренный номер, без отобранной службы помощи.
preview-coverage-caption = Страны и территории (сортировка кнопками в столбцах)
preview-column-code = Код
preview-column-lines = Службы помощи
preview-column-languages = Языки
preview-column-emergency = Экстренный номер
preview-column-stale = Службы со старыми источниками
preview-emergency-only = только экстренный номер
preview-error-countries = Не удалось загрузить страны ({ $error }).

## The locales tab.
preview-locales-summary = Локали: { $total } · проверены носителем языка: { $reviewed }.
preview-locales-caption = Включённые локали и статус их проверки
preview-column-native-name = Самоназвание
preview-column-direction = Направление
preview-column-review = Проверка
preview-reviewed = Проверено
preview-not-reviewed = Не проверено
preview-error-locales = Не удалось загрузить локали ({ $error }).
