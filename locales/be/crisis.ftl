### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "вы" (formal you). Official orthography (narkamaŭka); mind
### у → ў after a word ending in a vowel when editing.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in «», in the nominative, standing after the
##                noun «служба»/«службу» («Тэлефон даверу»); label: only the
##                line's name, held as a label ("Назва: …"), never in the
##                grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Мне вельмі шкада, што вам зараз так цяжка, і добра, што вы пра гэта сказалі. Вам не трэба спраўляцца з гэтым у адзіночку.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Ужо зараз вы можаце звярнуцца ў службу { $line_name }: { support-reach }.{ support-free }
               *[label] Ужо зараз вы можаце звярнуцца па падтрымку. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Служба { $line_name } цяпер не працуе; яна зноў пачне працу { support-opens } – { support-reach }.{ support-free }
               *[label] Гэтая служба цяпер не працуе; яна зноў пачне працу { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Вы можаце звярнуцца ў службу { $line_name }: { support-reach }.{ support-free }
               *[label] Вось куды можна звярнуцца па падтрымку. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] На сайце { $directory } можна знайсці службу дапамогі ў вашай краіне.
               *[no] Службу дапамогі можна таксама знайсці на сайце { $directory }.
            }
    }

## When a closed line opens again: the day, then the time. Always follows
## a word ending in a vowel ("працу"), hence "ў".
support-opens =
    { $opens_day ->
        [today] сёння а { $opens_at }
        [tomorrow] заўтра а { $opens_at }
        [mon] ў панядзелак а { $opens_at }
        [tue] ў аўторак а { $opens_at }
        [wed] ў сераду а { $opens_at }
        [thu] ў чацвер а { $opens_at }
        [fri] ў пятніцу а { $opens_at }
        [sat] ў суботу а { $opens_at }
        [sun] ў нядзелю а { $opens_at }
       *[none] пазней
    }

support-reach =
    { $reach ->
        [call] патэлефануйце па нумары { $contact }
        [text] дашліце SMS на нумар { $contact }
        [chat] напішыце ў чат на сайце { $contact }
        [whatsapp] напішыце ў WhatsApp на нумар { $contact }
       *[web] зайдзіце на сайт { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Гэта бясплатна.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Калі вам пагражае непасрэдная небяспека, неадкладна звярніцеся ў мясцовую экстранную службу.
       *[other] Калі вам пагражае непасрэдная небяспека, неадкладна патэлефануйце па нумары { $emergency }.
    }

support-closing = Можа дапамагчы таксама размова з чалавекам, якому вы давяраеце. З падтрымкай нават такія цяжкія пачуцці могуць аслабнуць, а са мной вы можаце размаўляць і далей.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = У якой краіне вы знаходзіцеся? Тады я змагу падказаць службу дапамогі ў вашай краіне.

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
       *[other] Тэлефон: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Анлайн-чат{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Бясплатна{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Кругласутачна
        [open] Зараз працуе да { $closes_at }{ summary-schedule }
        [closed] Зараз не працуе, пачне працу { summary-opens }{ summary-schedule }
       *[unknown] Гадзіны работы не пазначаны
    }

## When a closed line opens again, short. Follows "працу", hence "ў".
summary-opens =
    { $opens_day ->
        [today] а { $opens_at }
        [tomorrow] заўтра а { $opens_at }
        [mon] ў пн а { $opens_at }
        [tue] ў аўт а { $opens_at }
        [wed] ў ср а { $opens_at }
        [thu] ў чц а { $opens_at }
        [fri] ў пт а { $opens_at }
        [sat] ў сб а { $opens_at }
        [sun] ў нд а { $opens_at }
       *[none] пазней
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(штодня { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] пн
        [tue] аўт
        [wed] ср
        [thu] чц
        [fri] пт
        [sat] сб
       *[sun] нд
    }
summary-last-day =
    { $last ->
        [mon] пн
        [tue] аўт
        [wed] ср
        [thu] чц
        [fri] пт
        [sat] сб
       *[sun] нд
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup — папярэдні прагляд
preview-heading = папярэдні прагляд
preview-skip = Перайсці да зместу
preview-protocol-link = Як гэты сэрвіс накіроўвае людзей па дапамогу
preview-intro = Для тых, хто суправаджае і ўбудоўвае сэрвіс: што паказаў бы чат-бот, сабраны толькі з публічнага API. Не ўстаўляйце сюды сапраўдныя перапіскі.
preview-views = Раздзелы
preview-tab-lookup = Пошук
preview-tab-coverage = Ахоп
preview-tab-locales = Мовы
preview-loading = Загрузка…

## The lookup form.
preview-message = Паведамленне
preview-message-hint = Выкарыстоўваецца толькі для вызначэння мовы.
preview-locale = Лакаль
preview-locale-none = — няма —
preview-country = Краіна
preview-country-unknown = — невядома —
preview-topics = Тэмы
preview-topics-hint = Праз коску, напрыклад: { $examples }
preview-channels = Каналы
preview-channel-phone = Тэлефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Знайсці
preview-error-vocabularies = Не ўдалося загрузіць краіны або лакалі ({ $error }).
preview-error-lookup = Не ўдалося выканаць пошук ({ $error }).

## The answer.
preview-chat-shows = Што пакажа чат
preview-raw-json = Зыходны JSON
preview-meta-language = Мова: { $code } (крыніца: { $source })
preview-meta-country = Краіна: { $code } (крыніца: { $source })
preview-meta-country-unknown = Краіна: невядома
preview-meta-locale = Лакаль: { $code }
preview-meta-lines = Лініі дапамогі: { $count }
preview-international = Міжнародныя даведнікі

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Экстранныя службы:
preview-police = міліцыя
preview-ambulance = хуткая дапамога
preview-fire = пажарная служба
preview-open-now = Зараз працуе
preview-closed-now = Зараз не працуе
preview-hours-unknown = Гадзіны работы невядомыя
preview-action-call = Тэлефон: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сайт
preview-fact-languages = Мовы: { $list }
preview-fact-languages-none = Мовы: не пазначаны
preview-fact-hours = Гадзіны работы: { $times }
preview-fact-checked = Пацверджана самой службай: { $date }
preview-fact-newest-source = Самая свежая крыніца: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Крыніцы: уласны сайт службы
preview-evidence-corroborated = Крыніцы: два незалежныя выдаўцы
preview-evidence-single = Крыніцы: адзін запіс у каталогу
preview-evidence-conflict = Крыніцы: разыходзяцца
preview-fact-country = Краіна: { $code }

## The coverage tab.
preview-coverage-summary = Краіны і тэрыторыі: { $total } · з лініямі дапамогі: { $covered } · толькі экстранны нумар: { $uncovered }.
preview-coverage-age = Лініі, у якіх самая свежая крыніца старэйшая за 24 месяцы: { $stale } з { $total }.
preview-map-caption = Карта свету: ахоп
preview-map-line = Ёсць лінія дапамогі
preview-map-emergency = Толькі экстранны нумар
preview-map-none = Няма ў даных
preview-coverage-legend = У вылучаных радках ёсць толькі экстранны нумар, без адабранай лініі дапамогі.
preview-coverage-caption = Краіны і тэрыторыі (сартаванне кнопкамі ў слупках)
preview-column-code = Код
preview-column-lines = Лініі дапамогі
preview-column-languages = Мовы
preview-column-emergency = Экстранны нумар
preview-column-stale = Лініі са старымі крыніцамі
preview-emergency-only = толькі экстранны нумар
preview-error-countries = Не ўдалося загрузіць краіны ({ $error }).

## The locales tab.
preview-locales-summary = Лакалі: { $total } · праверана носьбітам мовы: { $reviewed }.
preview-locales-caption = Уключаныя лакалі і стан іх праверкі
preview-column-native-name = Саманазва
preview-column-direction = Кірунак
preview-column-review = Праверка
preview-reviewed = Праверана
preview-not-reviewed = Не праверана
preview-error-locales = Не ўдалося загрузіць лакалі ({ $error }).
