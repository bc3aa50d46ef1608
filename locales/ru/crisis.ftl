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

support-opening = Мне очень жаль, что вам сейчас так тяжело, и хорошо, что вы об этом сказали. Вам не нужно справляться с этим в одиночку.

support-body =
    { $line_state ->
        [open] Прямо сейчас вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
        [closed] Служба { $line_name } сейчас не работает и снова начнёт работу в { $opens_at }: { support-reach }.{ support-free }
        [unknown] Вы можете обратиться в службу { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] На сайте { $directory } можно найти службу помощи рядом с вами.
           *[no] Если вы скажете, в какой стране находитесь, я найду службу помощи рядом с вами. Её также можно найти на сайте { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] позвоните по номеру { $contact }
        [text] отправьте SMS на номер { $contact }
        [chat] напишите в чат: { $contact }
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

## The question asked when we do not know the person's country.
ask-country = В какой стране вы находитесь? Тогда я смогу подсказать службу помощи рядом с вами.

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
        [yes] Бесплатно{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Круглосуточно
        [open] Сейчас работает, до { $closes_at }{ summary-schedule }
        [closed] Сейчас не работает, начнёт в { $opens_at }{ summary-schedule }
       *[unknown] Часы работы не указаны
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
preview-intro = Для тех, кто сопровождает и встраивает сервис: что показал бы чат-бот, собранное только из публичного API. Не вставляйте сюда настоящие переписки.
preview-views = Разделы
preview-tab-lookup = Поиск
preview-tab-coverage = Охват
preview-tab-locales = Языки
preview-loading = Загрузка…
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
preview-chat-shows = Что покажет чат
preview-raw-json = Исходный JSON
preview-meta-language = Язык: { $code } (источник: { $source })
preview-meta-country = Страна: { $code } (источник: { $source })
preview-meta-country-unknown = Страна: неизвестна
preview-meta-locale = Локаль: { $code }
preview-meta-lines = Линии помощи: { $count }
preview-international = Международные справочники
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
preview-fact-verified = Проверено: { $date }
preview-fact-evidence = Источники: { $evidence }
preview-fact-country = Страна: { $code }
preview-coverage-summary = Страны и территории: { $total } · с линиями помощи: { $covered } · только экстренный номер: { $uncovered }.
preview-coverage-pending = Загружаются даты проверки… осталось: { $count }.
preview-coverage-oldest = Самая давняя проверка линии помощи: { $date }.
preview-coverage-legend = В выделенных строках есть только экстренный номер, без отобранной линии помощи.
preview-coverage-caption = Страны и территории (сортировка кнопками в столбцах)
preview-column-code = Код
preview-column-lines = Линии помощи
preview-column-languages = Языки
preview-column-emergency = Экстренный номер
preview-column-verified = Самая давняя проверка
preview-emergency-only = только экстренный номер
preview-error-countries = Не удалось загрузить страны ({ $error }).
preview-locales-summary = Локали: { $total } · проверены носителем языка: { $reviewed }.
preview-locales-caption = Включённые локали и статус их проверки
preview-column-native-name = Самоназвание
preview-column-direction = Направление
preview-column-review = Проверка
preview-reviewed = Проверено
preview-not-reviewed = Не проверено
preview-error-locales = Не удалось загрузить локали ({ $error }).
