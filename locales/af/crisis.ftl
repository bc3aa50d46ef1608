### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "jy", as South African support lines write in Afrikaans.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is written for these sentences (with "die"
## where Afrikaans needs it), never first in a sentence; label: only the
## line's name, so it stands as a label ("Naam: bel …").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Dit spyt my regtig dat jy dit deurmaak, en ek is bly dat jy dit met my gedeel het. Jy hoef dit nie alleen te dra nie.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Jy kan { $line_name } nou dadelik kontak: { support-reach }.{ support-free }
               *[label] Jy kan nou dadelik ’n hulplyn kontak. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Op die oomblik is { $line_name } gesluit; dit maak { support-opens } weer oop: { support-reach }.{ support-free }
               *[label] Hierdie hulplyn is op die oomblik gesluit en maak { support-opens } weer oop. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Jy kan { $line_name } kontak: { support-reach }.{ support-free }
               *[label] Hier is ’n hulplyn wat jy kan kontak. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] By { $directory } kan jy ’n hulplyn in jou land vind.
               *[no] Jy kan ook by { $directory } ’n hulplyn vind.
            }
    }

## When a closed line opens again: the day, then the time
## ("maak môre om 09:00 weer oop").
support-opens =
    { $opens_day ->
        [today] vandag om { $opens_at }
        [tomorrow] môre om { $opens_at }
        [mon] Maandag om { $opens_at }
        [tue] Dinsdag om { $opens_at }
        [wed] Woensdag om { $opens_at }
        [thu] Donderdag om { $opens_at }
        [fri] Vrydag om { $opens_at }
        [sat] Saterdag om { $opens_at }
        [sun] Sondag om { $opens_at }
       *[none] later
    }

support-reach =
    { $reach ->
        [call] bel { $contact }
        [text] stuur ’n SMS na { $contact }
        [chat] klets aanlyn by { $contact }
        [whatsapp] stuur ’n WhatsApp-boodskap na { $contact }
       *[web] gaan na { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Dit is gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] As jy in onmiddellike gevaar is, kontak asseblief nou die nooddienste waar jy is.
       *[other] As jy in onmiddellike gevaar is, bel nou { $emergency }.
    }

support-closing = Dit kan ook help om met iemand te praat wat jy vertrou. Sulke swaar gevoelens kan met ondersteuning ligter word, en jy kan aanhou om met my te praat.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = In watter land is jy? Dan kan ek vir jou ’n hulplyn in jou land wys.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Bel { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Aanlyn klets{" · "}
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
        [always] Dag en nag oop
        [open] Nou oop, tot { $closes_at }{ summary-schedule }
        [closed] Nou gesluit, maak { summary-opens } oop{ summary-schedule }
       *[unknown] Ure nie gelys nie
    }

## When a closed line opens again, short ("maak môre om 09:00 oop").
summary-opens =
    { $opens_day ->
        [today] om { $opens_at }
        [tomorrow] môre om { $opens_at }
        [mon] Ma om { $opens_at }
        [tue] Di om { $opens_at }
        [wed] Wo om { $opens_at }
        [thu] Do om { $opens_at }
        [fri] Vr om { $opens_at }
        [sat] Sa om { $opens_at }
        [sun] So om { $opens_at }
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
        [mon] Ma
        [tue] Di
        [wed] Wo
        [thu] Do
        [fri] Vr
        [sat] Sa
       *[sun] So
    }
summary-last-day =
    { $last ->
        [mon] Ma
        [tue] Di
        [wed] Wo
        [thu] Do
        [fri] Vr
        [sat] Sa
       *[sun] So
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup-voorskou
preview-heading = voorskou
preview-skip = Gaan na inhoud
preview-protocol-link = Hoe hierdie diens mense na hulp verwys
preview-intro = Vir onderhouers en integreerders: wat ’n kletsbot sou wys, net uit die openbare API saamgestel. Moenie regte gesprekke hier plak nie.
preview-views = Aansigte
preview-tab-lookup = Soek
preview-tab-coverage = Dekking
preview-tab-locales = Landinstellings
preview-loading = Laai tans…
preview-message = Boodskap
preview-message-hint = Word net gebruik om die taal te bepaal.
preview-locale = Landinstelling
preview-locale-none = — geen —
preview-country = Land
preview-country-unknown = — onbekend —
preview-topics = Onderwerpe
preview-topics-hint = Geskei deur kommas, byvoorbeeld: { $examples }
preview-channels = Kanale
preview-channel-phone = Telefoon
preview-channel-sms = SMS
preview-channel-chat = Klets
preview-submit = Soek op
preview-error-vocabularies = Kon nie die lande of landinstellings laai nie ({ $error }).
preview-error-lookup = Die soektog het nie gewerk nie ({ $error }).
preview-chat-shows = Wat die klets wys
preview-raw-json = Rou JSON
preview-meta-language = Taal: { $code } (volgens { $source })
preview-meta-country = Land: { $code } (volgens { $source })
preview-meta-country-unknown = Land: onbekend
preview-meta-locale = Landinstelling: { $code }
preview-meta-lines = Hulplyne: { $count }
preview-international = Internasionale gidse
preview-emergency = Nood:
preview-police = polisie
preview-ambulance = ambulans
preview-fire = brandweer
preview-open-now = Nou oop
preview-closed-now = Nou gesluit
preview-hours-unknown = Ure onbekend
preview-action-call = Bel { $number }
preview-action-text = SMS { $number }
preview-action-chat = Klets
preview-action-website = Webwerf
preview-fact-languages = Tale: { $list }
preview-fact-languages-none = Tale: nie gelys nie
preview-fact-hours = Ure: { $times }
preview-fact-checked = Met die verskaffer nagegaan: { $date }
preview-fact-newest-source = Nuutste bron: { $date }
preview-evidence-provider = Stawing: die lyn se eie bladsy
preview-evidence-corroborated = Stawing: twee onafhanklike uitgewers
preview-evidence-single = Stawing: een lys
preview-evidence-conflict = Stawing: bronne verskil
preview-fact-country = Land: { $code }
preview-coverage-summary = Lande en gebiede: { $total } · met hulplyne: { $covered } · net ’n noodnommer: { $uncovered }.
preview-coverage-age = Lyne waarvan die nuutste bron ouer as 24 maande is: { $stale } van { $total }.
preview-map-caption = Wêreldkaart van dekking
preview-map-line = Het ’n hulplyn
preview-map-emergency = Net ’n noodnommer
preview-map-none = Nie in die datastel nie
preview-coverage-legend = Gemerkte rye het net ’n noodnommer, geen saamgestelde hulplyn nie.
preview-coverage-caption = Lande en gebiede (sorteer met die knoppies in die kolomme)
preview-column-code = Kode
preview-column-lines = Hulplyne
preview-column-languages = Tale
preview-column-emergency = Nood
preview-column-stale = Lyne met ou bronne
preview-emergency-only = net noodnommer
preview-error-countries = Kon nie die lande laai nie ({ $error }).
preview-locales-summary = Landinstellings: { $total } · deur ’n moedertaalspreker nagegaan: { $reviewed }.
preview-locales-caption = Ingeslote landinstellings en of hulle nagegaan is
preview-column-native-name = Naam in eie taal
preview-column-direction = Rigting
preview-column-review = Nagaan
preview-reviewed = Nagegaan
preview-not-reviewed = Nie nagegaan nie
preview-error-locales = Kon nie die landinstellings laai nie ({ $error }).
