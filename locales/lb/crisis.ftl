### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "Dir" / "Iech" / "Är", as adult helplines in Luxembourg write to the public.
### Spelling follows the n-rule (Eifeler Regel): "kënne mat", "an Ärem", "en Hëllef…".

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: nominative, with its article where it takes one, never
##                sentence-initial ("Grad elo ass SOS Détresse fir Iech erreechbar",
##                "Am Moment ass … net erreechbar", "Ënnerstëtzung bitt Iech …");
##                label: only the line's name, held as a label ("Numm: …")
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Et deet mer wierklech leed, datt Dir dat grad duerchmaacht, an ech si frou, datt Dir doriwwer schwätzt. Dir musst dat net eleng duerchstoen.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Grad elo ass { $line_name } fir Iech erreechbar: { support-reach }.{ support-free }
               *[label] Dir kënnt elo direkt Ënnerstëtzung kréien. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Am Moment ass { $line_name } net erreechbar, mee { support-opens } erëm fir Iech do: { support-reach }.{ support-free }
               *[label] Dës Ulafstell ass am Moment net erreechbar, mee { support-opens } erëm fir Iech do. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Ënnerstëtzung bitt Iech { $line_name }: { support-reach }.{ support-free }
               *[label] Hei kënnt Dir Ënnerstëtzung kréien. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ënner { $directory } fannt Dir eng Ulafstell an Ärem Land.
               *[no] Eng Ulafstell fannt Dir och ënner { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] haut um { $opens_at } Auer
        [tomorrow] muer um { $opens_at } Auer
        [mon] e Méindeg um { $opens_at } Auer
        [tue] en Dënschdeg um { $opens_at } Auer
        [wed] e Mëttwoch um { $opens_at } Auer
        [thu] en Donneschdeg um { $opens_at } Auer
        [fri] e Freideg um { $opens_at } Auer
        [sat] e Samschdeg um { $opens_at } Auer
        [sun] e Sonndeg um { $opens_at } Auer
       *[none] méi spéit
    }

support-reach =
    { $reach ->
        [call] Rufft { $contact } un
        [text] Schéckt eng SMS op d'Nummer { $contact }
        [chat] Benotzt de Chat op { $contact }
        [whatsapp] Schéckt e WhatsApp-Message op d'Nummer { $contact }
       *[web] Gitt op { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}De Kontakt ass gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Wann Dir an akuter Gefor sidd, rufft w.e.g. elo den Noutruff un.
       *[other] Wann Dir an akuter Gefor sidd, rufft elo den Noutruff { $emergency } un.
    }

support-closing = Et kann och hëllefen, mat engem Mënsch ze schwätzen, deem Dir vertraut. Esou schwéier Gefiller kënne mat Ënnerstëtzung méi liicht ginn, an Dir kënnt gär weider mat mir schwätzen.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = A wéi engem Land sidd Dir? Da kann ech Iech eng Ulafstell an Ärem Land weisen.

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
       *[other] Uruffen: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online-Chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Rond ëm d'Auer erreechbar
        [open] Elo erreechbar, bis { $closes_at } Auer{ summary-schedule }
        [closed] Elo net erreechbar, { summary-opens }{ summary-schedule }
       *[unknown] Ëffnungszäiten net uginn
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] ab { $opens_at } Auer erëm
        [tomorrow] muer ab { $opens_at } Auer erëm
        [mon] Mé. ab { $opens_at } Auer erëm
        [tue] Dë. ab { $opens_at } Auer erëm
        [wed] Më. ab { $opens_at } Auer erëm
        [thu] Do. ab { $opens_at } Auer erëm
        [fri] Fr. ab { $opens_at } Auer erëm
        [sat] Sa. ab { $opens_at } Auer erëm
        [sun] So. ab { $opens_at } Auer erëm
       *[none] méi spéit erëm
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(all Dag { $from }–{ $to } Auer)
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to } Auer)
        [day] {" "}({ summary-first-day } { $from }–{ $to } Auer)
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Mé.
        [tue] Dë.
        [wed] Më.
        [thu] Do.
        [fri] Fr.
        [sat] Sa.
       *[sun] So.
    }
summary-last-day =
    { $last ->
        [mon] Mé.
        [tue] Dë.
        [wed] Më.
        [thu] Do.
        [fri] Fr.
        [sat] Sa.
       *[sun] So.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – Virschau
preview-heading = Virschau
preview-skip = Direkt bei den Inhalt
preview-protocol-link = Wéi dëse Service Leit un Hëllef weiderverweist
preview-intro = Fir déi, déi de Service betreiwen oder abannen: wat e Chatbot weise géif, nëmmen aus der ëffentlecher API gebaut. W.e.g. hei keng richteg Gespréicher apechen.
preview-views = Usiichten
preview-tab-lookup = Ufro
preview-tab-coverage = Ofdeckung
preview-tab-locales = Sproochversiounen
preview-loading = Gëtt gelueden…

## The lookup form.
preview-message = Noriicht
preview-message-hint = Gëtt nëmme benotzt, fir d'Sprooch z'erkennen.
preview-locale = Sproochversioun
preview-locale-none = — keng —
preview-country = Land
preview-country-unknown = — onbekannt —
preview-topics = Themen
preview-topics-hint = Mat Komma getrennt, zum Beispill: { $examples }
preview-channels = Kanäl
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Ofroen
preview-error-vocabularies = D'Länner oder d'Sproochversioune konnten net geluede ginn ({ $error }).
preview-error-lookup = D'Ufro huet net geklappt ({ $error }).

## The answer.
preview-chat-shows = Wat de Chat weist
preview-raw-json = JSON (onbeaarbecht)
preview-meta-language = Sprooch: { $code } (aus { $source })
preview-meta-country = Land: { $code } (aus { $source })
preview-meta-country-unknown = Land: onbekannt
preview-meta-locale = Sproochversioun: { $code }
preview-meta-lines = Ulafstellen: { $count }
preview-international = International Verzeechnesser

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Noutruff:
preview-police = Police
preview-ambulance = Ambulanz
preview-fire = Pompjeeën
preview-open-now = Elo erreechbar
preview-closed-now = Elo net erreechbar
preview-hours-unknown = Ëffnungszäiten onbekannt
preview-action-call = Uruffen: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Chat
preview-action-website = Websäit
preview-fact-languages = Sproochen: { $list }
preview-fact-languages-none = Sproochen: net uginn
preview-fact-hours = Ëffnungszäiten: { $times }
preview-fact-checked = Beim Ubidder nogefrot: { $date }
preview-fact-newest-source = Neiste Quell: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Quellen: d'Websäit vun der Ulafstell selwer
preview-evidence-corroborated = Quellen: zwee onofhängeg Publikateuren
preview-evidence-single = Quellen: nëmmen een Androg
preview-evidence-conflict = Quellen: widderspriechen sech
preview-fact-country = Land: { $code }

## The coverage tab.
preview-coverage-summary = Länner a Gebidder: { $total } · mat Ulafstellen: { $covered } · nëmme mat Noutruffnummer: { $uncovered }.
preview-coverage-age = Ulafstellen, där hir neiste Quell méi al wéi 24 Méint ass: { $stale } vun { $total }.
preview-map-caption = Weltkaart vun der Ofdeckung
preview-map-line = Mat Ulafstell
preview-map-emergency = Nëmmen Noutruffnummer
preview-map-none = Net an den Donnéeën
preview-coverage-legend = Ervirgehuewe Reie hunn nëmmen eng Noutruffnummer, keng ausgewielt Ulafstell.
preview-coverage-caption = Länner a Gebidder (mat de Knäppercher an de Kolonnen zortéieren)
preview-column-code = Code
preview-column-lines = Ulafstellen
preview-column-languages = Sproochen
preview-column-emergency = Noutruff
preview-column-stale = Ulafstelle mat ale Quellen
preview-emergency-only = nëmmen Noutruff
preview-error-countries = D'Länner konnten net geluede ginn ({ $error }).

## The locales tab.
preview-locales-summary = Sproochversiounen: { $total } · vu Mammesproochler gepréift: { $reviewed }.
preview-locales-caption = Matgeliwwert Sproochversiounen an hire Préifstatus
preview-column-native-name = Numm an der eegener Sprooch
preview-column-direction = Schreifrichtung
preview-column-review = Préifung
preview-reviewed = Gepréift
preview-not-reviewed = Net gepréift
preview-error-locales = D'Sproochversioune konnten net geluede ginn ({ $error }).
