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

support-opening = Dit spyt my regtig dat jy dit deurmaak, en ek is bly jy het iets gesê. Jy hoef dit nie alleen te dra nie.

support-body =
    { $line_state ->
        [open] Jy kan { $line_name } nou dadelik kontak: { support-reach }.{ support-free }
        [closed] { $line_name } is nou gesluit en maak weer om { $opens_at } oop: { support-reach }.{ support-free }
        [unknown] Jy kan { $line_name } kontak: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Jy kan ’n hulplyn naby jou vind by { $directory }.
           *[no] As jy vir my sê in watter land jy is, kan ek ’n hulplyn naby jou vind. Jy kan ook een vind by { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] bel { $contact }
        [text] stuur ’n SMS na { $contact }
        [chat] klets met hulle by { $contact }
        [whatsapp] stuur vir hulle ’n WhatsApp na { $contact }
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
        [none] As jy in onmiddellike gevaar is, kontak asseblief nou die nooddienste in jou omgewing.
       *[other] As jy in onmiddellike gevaar is, bel nou { $emergency }.
    }

support-closing = Om met iemand te praat wat jy vertrou, kan ook help. Sulke swaar gevoelens kan met ondersteuning ligter word, en jy kan aanhou om met my te praat.

## The question asked when we do not know the person's country.
ask-country = In watter land is jy? Dan kan ek vir jou ’n hulplyn naby jou wys.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
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
        [always] 24/7 oop
        [open] Nou oop, tot { $closes_at }{ summary-schedule }
        [closed] Nou gesluit, maak oop om { $opens_at }{ summary-schedule }
       *[unknown] Ure nie gelys nie
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
preview-intro = Vir onderhouers en integreerders: wat 'n kletsbot sou wys, net uit die openbare API saamgestel. Moenie regte gesprekke hier plak nie.
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
preview-fact-verified = Nagegaan: { $date }
preview-fact-evidence = Bewys: { $evidence }
preview-fact-country = Land: { $code }
preview-coverage-summary = Lande en gebiede: { $total } · met hulplyne: { $covered } · net 'n noodnommer: { $uncovered }.
preview-coverage-pending = Lees tans die nagaandatums… nog te lees: { $count }.
preview-coverage-oldest = Oudste nagaan van 'n hulplyn: { $date }.
preview-coverage-legend = Gemerkte rye het net 'n noodnommer, geen saamgestelde hulplyn nie.
preview-coverage-caption = Lande en gebiede (sorteer met die knoppies in die kolomme)
preview-column-code = Kode
preview-column-lines = Hulplyne
preview-column-languages = Tale
preview-column-emergency = Nood
preview-column-verified = Oudste nagaan
preview-emergency-only = net noodnommer
preview-error-countries = Kon nie die lande laai nie ({ $error }).
preview-locales-summary = Landinstellings: { $total } · deur 'n moedertaalspreker nagegaan: { $reviewed }.
preview-locales-caption = Ingeslote landinstellings en of hulle nagegaan is
preview-column-native-name = Eie naam
preview-column-direction = Rigting
preview-column-review = Nagaan
preview-reviewed = Nagegaan
preview-not-reviewed = Nie nagegaan nie
preview-error-locales = Kon nie die landinstellings laai nie ({ $error }).
