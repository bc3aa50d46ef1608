### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "ou" (Kreyòl has one "you"), standard orthography (IPN/Akademi).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name is the object of "kontakte" or the subject after
## "Kounye a,"; a proper name needs no determiner in Kreyòl.
## [label]: $line_name only stands before ":", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mwen vrèman dezole pou sa w ap pase a, epi mwen kontan ou di m sa. Ou pa bezwen fè fas ak sa pou kont ou.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Ou ka kontakte { $line_name } kounye a: { support-reach }.{ support-free }
               *[label] Gen yon liy sipò ou ka kontakte kounye a. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Kounye a, { $line_name } fèmen; l ap louvri ankò { support-opens }. Lè li louvri, { support-reach }.{ support-free }
               *[label] Liy sipò sa a fèmen kounye a; l ap louvri ankò { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Ou ka kontakte { $line_name }: { support-reach }.{ support-free }
               *[label] Men yon liy sipò ou ka kontakte. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ou ka jwenn yon liy sipò nan peyi w sou { $directory }.
               *[no] Ou ka jwenn yon liy sipò tou sou { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] jodi a, a { $opens_at }
        [tomorrow] demen a { $opens_at }
        [mon] lendi a { $opens_at }
        [tue] madi a { $opens_at }
        [wed] mèkredi a { $opens_at }
        [thu] jedi a { $opens_at }
        [fri] vandredi a { $opens_at }
        [sat] samdi a { $opens_at }
        [sun] dimanch a { $opens_at }
       *[none] pita
    }

support-reach =
    { $reach ->
        [call] rele { $contact }
        [text] voye yon SMS nan { $contact }
        [chat] pale ak yo an liy sou { $contact }
        [whatsapp] ekri yo sou WhatsApp nan { $contact }
       *[web] ale sou { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Li gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Si ou an danje kounye a, tanpri kontakte sèvis ijans ki nan zòn ou a touswit.
       *[other] Si ou an danje kounye a, rele { $emergency } touswit.
    }

support-closing = Pale ak yon moun ou fè konfyans ka ede tou. Santiman ki lou konsa ka vin pi lejè lè w jwenn sipò, epi ou ka kontinye pale avè m.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = Nan ki peyi ou ye? Konsa m ka montre w yon liy sipò nan peyi w.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Rele { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat an liy{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Louvri 24 sou 24, 7 jou sou 7
        [open] Louvri kounye a, jiska { $closes_at }{ summary-schedule }
        [closed] Fèmen kounye a, l ap louvri { summary-opens }{ summary-schedule }
       *[unknown] Orè a pa endike
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] jodi a, a { $opens_at }
        [tomorrow] demen a { $opens_at }
        [mon] lendi a { $opens_at }
        [tue] madi a { $opens_at }
        [wed] mèkredi a { $opens_at }
        [thu] jedi a { $opens_at }
        [fri] vandredi a { $opens_at }
        [sat] samdi a { $opens_at }
        [sun] dimanch a { $opens_at }
       *[none] pita
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(chak jou, { $from }–{ $to })
        [days] {" "}({ summary-first-day } rive { summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lendi
        [tue] madi
        [wed] mèkredi
        [thu] jedi
        [fri] vandredi
        [sat] samdi
       *[sun] dimanch
    }
summary-last-day =
    { $last ->
        [mon] lendi
        [tue] madi
        [wed] mèkredi
        [thu] jedi
        [fri] vandredi
        [sat] samdi
       *[sun] dimanch
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Apèsi crisis-lookup
preview-heading = apèsi
preview-skip = Ale nan kontni an
preview-protocol-link = Kijan sèvis sa a voye moun al jwenn èd
preview-intro = Pou moun k ap jere sèvis la ak moun k ap konekte l: sa yon chatbot ta montre, fèt sèlman ak API piblik la. Pa kole vrè konvèsasyon isit la.
preview-views = Vi
preview-tab-lookup = Rechèch
preview-tab-coverage = Kouvèti
preview-tab-locales = Lang
preview-loading = L ap chaje…

## The lookup form.
preview-message = Mesaj
preview-message-hint = Sèvi sèlman pou rekonèt lang lan.
preview-locale = Lang ak rejyon
preview-locale-none = — okenn —
preview-country = Peyi
preview-country-unknown = — enkoni —
preview-topics = Sijè
preview-topics-hint = Separe yo ak vigil, pa egzanp: { $examples }
preview-channels = Kanal
preview-channel-phone = Telefòn
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Chèche
preview-error-vocabularies = Nou pa t ka chaje peyi yo oswa lang yo ({ $error }).
preview-error-lookup = Rechèch la pa mache ({ $error }).

## The answer.
preview-chat-shows = Sa chat la montre
preview-raw-json = JSON brit
preview-meta-language = Lang: { $code } (sous: { $source })
preview-meta-country = Peyi: { $code } (sous: { $source })
preview-meta-country-unknown = Peyi: enkoni
preview-meta-locale = Lang ak rejyon: { $code }
preview-meta-lines = Liy sipò: { $count }
preview-international = Anyè entènasyonal

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Ijans:
preview-police = polis
preview-ambulance = anbilans
preview-fire = ponpye
preview-open-now = Louvri kounye a
preview-closed-now = Fèmen kounye a
preview-hours-unknown = Orè a enkoni
preview-action-call = Rele { $number }
preview-action-text = SMS nan { $number }
preview-action-chat = Chat
preview-action-website = Sit entènèt
preview-fact-languages = Lang: { $list }
preview-fact-languages-none = Lang: pa endike
preview-fact-hours = Orè: { $times }
preview-fact-checked = Verifye ak òganizasyon an: { $date }
preview-fact-newest-source = Sous ki pi resan: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Prèv: paj liy lan li menm
preview-evidence-corroborated = Prèv: de piblikatè endepandan
preview-evidence-single = Prèv: yon sèl lis
preview-evidence-conflict = Prèv: sous yo pa dakò
preview-fact-country = Peyi: { $code }

## The coverage tab.
preview-coverage-summary = Peyi ak teritwa: { $total } · ki gen liy sipò: { $covered } · nimewo ijans sèlman: { $uncovered }.
preview-coverage-age = Liy ki gen sous ki pi resan an pi vye pase 24 mwa: { $stale } sou { $total }.
preview-map-caption = Kat mond lan ak kouvèti a
preview-map-line = Gen yon liy sipò
preview-map-emergency = Nimewo ijans sèlman
preview-map-none = Pa nan done yo
preview-coverage-legend = Ranje ki make yo gen yon nimewo ijans sèlman, san okenn liy sipò nou chwazi.
preview-coverage-caption = Peyi ak teritwa (klase yo ak bouton kolòn yo)
preview-column-code = Kòd
preview-column-lines = Liy sipò
preview-column-languages = Lang
preview-column-emergency = Ijans
preview-column-stale = Liy ki sou vye sous
preview-emergency-only = ijans sèlman
preview-error-countries = Nou pa t ka chaje peyi yo ({ $error }).

## The locales tab.
preview-locales-summary = Lang: { $total } · yon moun ki pale lang lan depi li fèt revize: { $reviewed }.
preview-locales-caption = Lang ki disponib ak kote revizyon yo ye
preview-column-native-name = Non nan lang lan
preview-column-direction = Direksyon
preview-column-review = Revizyon
preview-reviewed = Revize
preview-not-reviewed = Pa revize
preview-error-locales = Nou pa t ka chaje lang yo ({ $error }).
