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

support-opening = Wat zwaar dat je dit meemaakt, en fijn dat je het vertelt. Je hoeft dit niet alleen te dragen.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Je kunt { $line_name } nu meteen bereiken: { support-reach }.{ support-free }
               *[label] Je kunt nu meteen een hulplijn bereiken. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Op dit moment is { $line_name } gesloten; { support-opens } kun je er weer terecht: { support-reach }.{ support-free }
               *[label] Deze hulplijn is nu gesloten; { support-opens } kun je er weer terecht. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Je kunt { $line_name } bereiken: { support-reach }.{ support-free }
               *[label] Deze hulplijn kun je bereiken. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Op { $directory } vind je een hulplijn in jouw land.
               *[no] Je kunt ook een hulplijn vinden op { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] vandaag om { $opens_at }
        [tomorrow] morgen om { $opens_at }
        [mon] maandag om { $opens_at }
        [tue] dinsdag om { $opens_at }
        [wed] woensdag om { $opens_at }
        [thu] donderdag om { $opens_at }
        [fri] vrijdag om { $opens_at }
        [sat] zaterdag om { $opens_at }
        [sun] zondag om { $opens_at }
       *[none] later
    }

support-reach =
    { $reach ->
        [call] bel { $contact }
        [text] stuur een sms naar { $contact }
        [chat] chat via { $contact }
        [whatsapp] stuur een WhatsApp-bericht naar { $contact }
       *[web] ga naar { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Het is gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ben je in direct gevaar? Neem dan nu contact op met de hulpdiensten bij jou in de buurt.
       *[other] Ben je in direct gevaar? Bel dan nu { $emergency }.
    }

support-closing = Praten met iemand die je vertrouwt kan ook helpen. Zulke zware gevoelens kunnen met steun lichter worden, en je kunt gewoon met mij blijven praten.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = In welk land ben je? Dan kan ik je een hulplijn in jouw land laten zien.

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
       *[other] Bel { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Sms { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
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
        [always] 24/7 bereikbaar
        [open] Nu open, tot { $closes_at }{ summary-schedule }
        [closed] Nu gesloten, opent { summary-opens }{ summary-schedule }
       *[unknown] Openingstijden niet vermeld
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] om { $opens_at }
        [tomorrow] morgen om { $opens_at }
        [mon] ma om { $opens_at }
        [tue] di om { $opens_at }
        [wed] wo om { $opens_at }
        [thu] do om { $opens_at }
        [fri] vr om { $opens_at }
        [sat] za om { $opens_at }
        [sun] zo om { $opens_at }
       *[none] later
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(elke dag { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ma
        [tue] di
        [wed] wo
        [thu] do
        [fri] vr
        [sat] za
       *[sun] zo
    }
summary-last-day =
    { $last ->
        [mon] ma
        [tue] di
        [wed] wo
        [thu] do
        [fri] vr
        [sat] za
       *[sun] zo
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – voorbeeld
preview-heading = voorbeeld
preview-skip = Naar de inhoud
preview-protocol-link = Hoe deze dienst mensen naar hulp verwijst
preview-intro = Voor beheerders en integrators: wat een chatbot zou tonen, alleen opgebouwd uit de openbare API. Plak hier geen echte gesprekken.
preview-views = Weergaven
preview-tab-lookup = Opzoeken
preview-tab-coverage = Dekking
preview-tab-locales = Taalversies
preview-loading = Laden…

## The lookup form.
preview-message = Bericht
preview-message-hint = Wordt alleen gebruikt om de taal te herkennen.
preview-locale = Taalversie
preview-locale-none = — geen —
preview-country = Land
preview-country-unknown = — onbekend —
preview-topics = Onderwerpen
preview-topics-hint = Gescheiden door komma's, bijvoorbeeld: { $examples }
preview-channels = Kanalen
preview-channel-phone = Telefoon
preview-channel-sms = Sms
preview-channel-chat = Chat
preview-submit = Opzoeken
preview-error-vocabularies = De landen of taalversies konden niet worden geladen ({ $error }).
preview-error-lookup = Het opzoeken is niet gelukt ({ $error }).

## The answer.
preview-chat-shows = Wat de chat toont
preview-raw-json = Ruwe JSON
preview-meta-language = Taal: { $code } (uit { $source })
preview-meta-country = Land: { $code } (uit { $source })
preview-meta-country-unknown = Land: onbekend
preview-meta-locale = Taalversie: { $code }
preview-meta-lines = Hulplijnen: { $count }
preview-international = Internationale overzichten

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Noodnummer:
preview-police = politie
preview-ambulance = ambulance
preview-fire = brandweer
preview-open-now = Nu open
preview-closed-now = Nu gesloten
preview-hours-unknown = Openingstijden onbekend
preview-action-call = Bel { $number }
preview-action-text = Sms { $number }
preview-action-chat = Chat
preview-action-website = Website
preview-fact-languages = Talen: { $list }
preview-fact-languages-none = Talen: niet vermeld
preview-fact-hours = Openingstijden: { $times }
preview-fact-checked = Nagevraagd bij de aanbieder: { $date }
preview-fact-newest-source = Nieuwste bron: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Bronnen: de eigen site van de lijn
preview-evidence-corroborated = Bronnen: twee onafhankelijke uitgevers
preview-evidence-single = Bronnen: één vermelding
preview-evidence-conflict = Bronnen: spreken elkaar tegen
preview-fact-country = Land: { $code }

## The coverage tab.
preview-coverage-summary = Landen en gebieden: { $total } · met hulplijnen: { $covered } · alleen een noodnummer: { $uncovered }.
preview-coverage-age = Lijnen waarvan de nieuwste bron ouder is dan 24 maanden: { $stale } van { $total }.
preview-map-caption = Wereldkaart van de dekking
preview-map-line = Heeft een hulplijn
preview-map-emergency = Alleen een noodnummer
preview-map-none = Niet in de dataset
preview-coverage-legend = Gemarkeerde rijen hebben alleen een noodnummer, geen geselecteerde hulplijn.
preview-coverage-caption = Landen en gebieden (sorteer met de knoppen in de kolommen)
preview-column-code = Code
preview-column-lines = Hulplijnen
preview-column-languages = Talen
preview-column-emergency = Noodnummer
preview-column-stale = Lijnen met oude bronnen
preview-emergency-only = alleen noodnummer
preview-error-countries = De landen konden niet worden geladen ({ $error }).

## The locales tab.
preview-locales-summary = Taalversies: { $total } · nagelezen door een moedertaalspreker: { $reviewed }.
preview-locales-caption = Meegeleverde taalversies en of ze zijn nagelezen
preview-column-native-name = Naam in eigen taal
preview-column-direction = Richting
preview-column-review = Nalezing
preview-reviewed = Nagelezen
preview-not-reviewed = Niet nagelezen
preview-error-locales = De taalversies konden niet worden geladen ({ $error }).
