### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "вие" (formal you).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the Macedonian name in „“, standing after the noun
##                „линијата за помош“ („Психолошка поддршка …“); label:
##                only the line's name, held as a label ("Име: …"), never
##                in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Навистина ми е жал што ви е толку тешко и ми е драго што ми кажавте. Не мора сами да се справувате со ова.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Веднаш можете да се обратите до линијата за помош { $line_name }: { support-reach }.{ support-free }
               *[label] Веднаш можете да побарате помош. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Линијата за помош { $line_name } моментално не работи, а повторно ќе работи { support-opens } – { support-reach }.{ support-free }
               *[label] Оваа линија за помош моментално не работи, а повторно ќе работи { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Можете да се обратите до линијата за помош { $line_name }: { support-reach }.{ support-free }
               *[label] Еве линија за помош на која можете да се обратите. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Линија за помош во вашата земја можете да најдете на { $directory }.
               *[no] Линија за помош можете да најдете и на { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] денес од { $opens_at } часот
        [tomorrow] утре од { $opens_at } часот
        [mon] во понеделник од { $opens_at } часот
        [tue] во вторник од { $opens_at } часот
        [wed] во среда од { $opens_at } часот
        [thu] во четврток од { $opens_at } часот
        [fri] во петок од { $opens_at } часот
        [sat] во сабота од { $opens_at } часот
        [sun] во недела од { $opens_at } часот
       *[none] подоцна
    }

support-reach =
    { $reach ->
        [call] јавете се на { $contact }
        [text] испратете SMS на { $contact }
        [chat] пишете во онлајн-четот на { $contact }
        [whatsapp] пишете преку WhatsApp на { $contact }
       *[web] посетете ја страницата { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Помошта е бесплатна.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ако сте во непосредна опасност, обратете се веднаш до службите за итна помош.
       *[other] Ако сте во непосредна опасност, јавете се веднаш на { $emergency }.
    }

support-closing = Може да помогне и разговор со некого на кого му верувате. Со поддршка и вакви тешки чувства можат да станат полесни, а со мене можете и понатаму да разговарате.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Во која земја се наоѓате? Тогаш ќе можам да ви покажам линија за помош во вашата земја.

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
        [yes] Онлајн-чет{" · "}
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
        [always] Достапно 24/7
        [open] Сега работи до { $closes_at } часот{ summary-schedule }
        [closed] Сега не работи, повторно работи { summary-opens }{ summary-schedule }
       *[unknown] Работното време не е наведено
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] од { $opens_at } часот
        [tomorrow] утре од { $opens_at } часот
        [mon] во пон. од { $opens_at } часот
        [tue] во вто. од { $opens_at } часот
        [wed] во сре. од { $opens_at } часот
        [thu] во чет. од { $opens_at } часот
        [fri] во пет. од { $opens_at } часот
        [sat] во саб. од { $opens_at } часот
        [sun] во нед. од { $opens_at } часот
       *[none] подоцна
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(секој ден { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] пон.
        [tue] вто.
        [wed] сре.
        [thu] чет.
        [fri] пет.
        [sat] саб.
       *[sun] нед.
    }
summary-last-day =
    { $last ->
        [mon] пон.
        [tue] вто.
        [wed] сре.
        [thu] чет.
        [fri] пет.
        [sat] саб.
       *[sun] нед.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – преглед
preview-heading = преглед
preview-skip = Премини на содржината
preview-protocol-link = Како оваа услуга ги упатува луѓето кон помош
preview-intro = За одржувачи и интегратори: што би прикажал еден четбот, составено само од јавниот API. Не вметнувајте тука вистински разговори.
preview-views = Прикази
preview-tab-lookup = Пребарување
preview-tab-coverage = Покриеност
preview-tab-locales = Јазични верзии
preview-loading = Се вчитува…

## The lookup form.
preview-message = Порака
preview-message-hint = Се користи само за препознавање на јазикот.
preview-locale = Јазична верзија
preview-locale-none = — ниедна —
preview-country = Земја
preview-country-unknown = — непозната —
preview-topics = Теми
preview-topics-hint = Одделени со запирка, на пример: { $examples }
preview-channels = Канали
preview-channel-phone = Телефон
preview-channel-sms = SMS
preview-channel-chat = Чет
preview-submit = Пребарај
preview-error-vocabularies = Не можеа да се вчитаат земјите или јазичните верзии ({ $error }).
preview-error-lookup = Пребарувањето не успеа ({ $error }).

## The answer.
preview-chat-shows = Што прикажува четот
preview-raw-json = Суров JSON
preview-meta-language = Јазик: { $code } (извор: { $source })
preview-meta-country = Земја: { $code } (извор: { $source })
preview-meta-country-unknown = Земја: непозната
preview-meta-locale = Јазична верзија: { $code }
preview-meta-lines = Линии за помош: { $count }
preview-international = Меѓународни именици

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Итни броеви:
preview-police = полиција
preview-ambulance = брза помош
preview-fire = противпожарна служба
preview-open-now = Сега работи
preview-closed-now = Сега не работи
preview-hours-unknown = Работното време е непознато
preview-action-call = Јавете се на { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Чет
preview-action-website = Веб-страница
preview-fact-languages = Јазици: { $list }
preview-fact-languages-none = Јазици: не се наведени
preview-fact-hours = Работно време: { $times }
preview-fact-checked = Проверено кај давателот: { $date }
preview-fact-newest-source = Најнов извор: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Потврда: сопствената страница на линијата
preview-evidence-corroborated = Потврда: два независни издавачи
preview-evidence-single = Потврда: еден запис
preview-evidence-conflict = Потврда: изворите не се совпаѓаат
preview-fact-country = Земја: { $code }

## The coverage tab.
preview-coverage-summary = Земји и територии: { $total } · со линии за помош: { $covered } · само итен број: { $uncovered }.
preview-coverage-age = Линии чиј најнов извор е постар од 24 месеци: { $stale } од { $total }.
preview-map-caption = Светска карта на покриеноста
preview-map-line = Има линија за помош
preview-map-emergency = Само итен број
preview-map-none = Не е во податоците
preview-coverage-legend = Означените редови имаат само итен број, без одбрана линија за помош.
preview-coverage-caption = Земји и територии (подредете со копчињата во колоните)
preview-column-code = Код
preview-column-lines = Линии за помош
preview-column-languages = Јазици
preview-column-emergency = Итен број
preview-column-stale = Линии со стари извори
preview-emergency-only = само итен број
preview-error-countries = Не можеа да се вчитаат земјите ({ $error }).

## The locales tab.
preview-locales-summary = Јазични верзии: { $total } · прегледани од мајчин говорител: { $reviewed }.
preview-locales-caption = Вклучени јазични верзии и состојбата на нивниот преглед
preview-column-native-name = Име на самиот јазик
preview-column-direction = Насока
preview-column-review = Преглед
preview-reviewed = Прегледано
preview-not-reviewed = Непрегледано
preview-error-locales = Не можеа да се вчитаат јазичните верзии ({ $error }).
