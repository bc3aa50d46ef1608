### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Tajik in Cyrillic. Register: шумо. Placeables follow a preposition or a
### noun in izofa ("ба рақами { $contact }"), never take "-ро".

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands after the preposition "ба" or as the
## subject, never first in the sentence.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Аз он ки чунин рӯзҳои душворро аз сар мегузаронед, воқеан афсӯс мехӯрам ва хушҳолам, ки дар ин бора гуфтед. Лозим нест, ки бо ин ҳама танҳо рӯ ба рӯ шавед.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Ҳамин ҳозир метавонед ба { $line_name } муроҷиат кунед: { support-reach }.{ support-free }
               *[label] Ҳамин ҳозир метавонед ба хати кумак муроҷиат кунед. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Ҳоло { $line_name } кор намекунад ва { support-opens } боз ба кор шурӯъ мекунад: { support-reach }.{ support-free }
               *[label] Ин хати кумак ҳоло кор намекунад ва { support-opens } боз ба кор шурӯъ мекунад. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Шумо метавонед ба { $line_name } муроҷиат кунед: { support-reach }.{ support-free }
               *[label] Ин хати кумакест, ки ба он муроҷиат карда метавонед. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Хати кумаки кишвари худро метавонед дар сомонаи { $directory } ёбед.
               *[no] Хати кумакро инчунин метавонед дар сомонаи { $directory } ёбед.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] имрӯз соати { $opens_at }
        [tomorrow] фардо соати { $opens_at }
        [mon] рӯзи душанбе соати { $opens_at }
        [tue] рӯзи сешанбе соати { $opens_at }
        [wed] рӯзи чоршанбе соати { $opens_at }
        [thu] рӯзи панҷшанбе соати { $opens_at }
        [fri] рӯзи ҷумъа соати { $opens_at }
        [sat] рӯзи шанбе соати { $opens_at }
        [sun] рӯзи якшанбе соати { $opens_at }
       *[none] дертар
    }

support-reach =
    { $reach ->
        [call] ба рақами { $contact } занг занед
        [text] ба рақами { $contact } SMS фиристед
        [chat] дар сомонаи { $contact } ба чати онлайн нависед
        [whatsapp] тавассути WhatsApp ба рақами { $contact } нависед
       *[web] ба сомонаи { $contact } гузаред
    }

support-free =
    { $free ->
        [yes] {" "}Ин хизмат ройгон аст.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Агар ҳозир ҷонатон дар хатар бошад, фавран ба милиция ё ёрии таъҷилӣ муроҷиат кунед.
       *[other] Агар ҳозир ҷонатон дар хатар бошад, фавран ба рақами { $emergency } занг занед.
    }

support-closing = Сӯҳбат бо касе, ки ба ӯ бовар доред, низ метавонад кумак кунад. Чунин ҳиссиёти вазнин бо дастгирӣ метавонад сабуктар шавад ва шумо метавонед бо ман сӯҳбатро идома диҳед.

## The question asked when we do not know the person's country; the
## message above then only names the directory.
ask-country = Шумо дар кадом кишвар ҳастед? Он гоҳ метавонам хати кумаки кишвари шуморо нишон диҳам.

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
        [yes] Чати онлайн{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ройгон{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Шабонарӯзӣ, ҳар рӯз
        [open] Ҳозир кушода, то соати { $closes_at }{ summary-schedule }
        [closed] Ҳозир баста, { summary-opens } кушода мешавад{ summary-schedule }
       *[unknown] Соатҳои корӣ нишон дода нашудаанд
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] имрӯз соати { $opens_at }
        [tomorrow] фардо соати { $opens_at }
        [mon] Дшб соати { $opens_at }
        [tue] Сшб соати { $opens_at }
        [wed] Чшб соати { $opens_at }
        [thu] Пшб соати { $opens_at }
        [fri] Ҷмъ соати { $opens_at }
        [sat] Шнб соати { $opens_at }
        [sun] Яшб соати { $opens_at }
       *[none] дертар
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(ҳар рӯз { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Дшб
        [tue] Сшб
        [wed] Чшб
        [thu] Пшб
        [fri] Ҷмъ
        [sat] Шнб
       *[sun] Яшб
    }
summary-last-day =
    { $last ->
        [mon] Дшб
        [tue] Сшб
        [wed] Чшб
        [thu] Пшб
        [fri] Ҷмъ
        [sat] Шнб
       *[sun] Яшб
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup: пешнамоиш
preview-heading = пешнамоиш
preview-skip = Гузаштан ба мундариҷа
preview-protocol-link = Ин хизмат одамонро чӣ тавр ба кумак равона мекунад
preview-intro = Барои онҳое, ки хизматро пеш мебаранд ё ба системаи худ пайваст мекунанд: он чи чат-бот нишон медиҳад, танҳо аз API-и ошкоро сохта шудааст. Дар ин ҷо мукотибаҳои воқеиро нагузоред.
preview-views = Бахшҳо
preview-tab-lookup = Ҷустуҷӯ
preview-tab-coverage = Фарогирӣ
preview-tab-locales = Забонҳо
preview-loading = Бор шуда истодааст…

## The lookup form.
preview-message = Паём
preview-message-hint = Танҳо барои муайян кардани забон истифода мешавад.
preview-locale = Локал
preview-locale-none = — нест —
preview-country = Кишвар
preview-country-unknown = — номаълум —
preview-topics = Мавзӯъҳо
preview-topics-hint = Бо вергул ҷудо кунед, масалан: { $examples }
preview-channels = Роҳҳои тамос
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чат
preview-submit = Ҷустуҷӯ
preview-error-vocabularies = Кишварҳо ё локалҳо бор нашуданд ({ $error }).
preview-error-lookup = Ҷустуҷӯ анҷом наёфт ({ $error }).

## The answer.
preview-chat-shows = Чат чӣ нишон медиҳад
preview-raw-json = JSON-и хом
preview-meta-language = Забон: { $code } (манбаъ: { $source })
preview-meta-country = Кишвар: { $code } (манбаъ: { $source })
preview-meta-country-unknown = Кишвар: номаълум
preview-meta-locale = Локал: { $code }
preview-meta-lines = Хатҳои кумак: { $count }
preview-international = Феҳристҳои байналмилалӣ

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Хадамоти таъҷилӣ:
preview-police = милиция
preview-ambulance = ёрии таъҷилӣ
preview-fire = хадамоти сӯхторхомӯшкунӣ
preview-open-now = Ҳозир кушода
preview-closed-now = Ҳозир баста
preview-hours-unknown = Соатҳои корӣ номаълум
preview-action-call = Занг: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чат
preview-action-website = Сомона
preview-fact-languages = Забонҳо: { $list }
preview-fact-languages-none = Забонҳо: нишон дода нашудаанд
preview-fact-hours = Соатҳои корӣ: { $times }
preview-fact-checked = Бо худи хизматрасон санҷида шуд: { $date }
preview-fact-newest-source = Манбаи навтарин: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Далел: саҳифаи худи хат
preview-evidence-corroborated = Далел: ду нашри мустақил
preview-evidence-single = Далел: як рӯйхат
preview-evidence-conflict = Далел: манбаъҳо ба ҳам мухолифанд
preview-fact-country = Кишвар: { $code }

## The coverage tab.
preview-coverage-summary = Кишварҳо ва қаламравҳо: { $total } · бо хати кумак: { $covered } · танҳо рақами таъҷилӣ: { $uncovered }.
preview-coverage-age = Хатҳое, ки манбаи навтаринашон аз 24 моҳ кӯҳнатар аст: { $stale } аз { $total }.
preview-map-caption = Харитаи ҷаҳонии фарогирӣ
preview-map-line = Хати кумак дорад
preview-map-emergency = Танҳо рақами таъҷилӣ
preview-map-none = Дар маҷмӯаи маълумот нест
preview-coverage-legend = Дар сатрҳои ҷудокардашуда танҳо рақами таъҷилӣ ҳаст, хати кумаки интихобшуда нест.
preview-coverage-caption = Кишварҳо ва қаламравҳо (бо тугмаҳои сутунҳо мураттаб кунед)
preview-column-code = Рамз
preview-column-lines = Хатҳои кумак
preview-column-languages = Забонҳо
preview-column-emergency = Рақами таъҷилӣ
preview-column-stale = Хатҳо бо манбаъҳои кӯҳна
preview-emergency-only = танҳо рақами таъҷилӣ
preview-error-countries = Кишварҳо бор нашуданд ({ $error }).

## The locales tab.
preview-locales-summary = Локалҳо: { $total } · аз ҷониби соҳибзабон санҷидашуда: { $reviewed }.
preview-locales-caption = Локалҳои воридшуда ва ҳолати санҷиши онҳо
preview-column-native-name = Номи худӣ
preview-column-direction = Самти навишт
preview-column-review = Санҷиш
preview-reviewed = Санҷидашуда
preview-not-reviewed = Санҷиданашуда
preview-error-locales = Локалҳо бор нашуданд ({ $error }).
