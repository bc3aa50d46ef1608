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

support-opening = Jeg er virkelig ked af, at du har det så svært lige nu, og jeg er glad for, at du siger det. Du behøver ikke stå alene med det.

support-body =
    { $line_state ->
        [open] Du kan kontakte { $line_name } lige nu: { support-reach }.{ support-free }
        [closed] { $line_name } har lukket lige nu og åbner igen kl. { $opens_at }: { support-reach }.{ support-free }
        [unknown] Du kan kontakte { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] På { $directory } kan du finde en hjælpelinje nær dig.
           *[no] Hvis du fortæller mig, hvilket land du er i, kan jeg finde en hjælpelinje nær dig. Du kan også finde en på { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ring på { $contact }
        [text] send en sms til { $contact }
        [chat] chat med dem på { $contact }
        [whatsapp] skriv til dem på WhatsApp på { $contact }
       *[web] gå ind på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det er gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Hvis du er i akut fare, så kontakt alarmcentralen, der hvor du er, nu.
       *[other] Hvis du er i akut fare, så ring { $emergency } nu.
    }

support-closing = Det kan også hjælpe at tale med en, du stoler på. Så tunge følelser kan lette med støtte, og du kan blive ved med at tale med mig.

## The question asked when we do not know the person's country.
ask-country = Hvilket land er du i? Så kan jeg vise dig en hjælpelinje nær dig.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Ring { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Sms { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat{" · "}
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
        [always] Åben døgnet rundt
        [open] Åben nu, til { $closes_at }{ summary-schedule }
        [closed] Lukket nu, åbner kl. { $opens_at }{ summary-schedule }
       *[unknown] Åbningstider ikke oplyst
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alle dage { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] man.
        [tue] tirs.
        [wed] ons.
        [thu] tors.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }
summary-last-day =
    { $last ->
        [mon] man.
        [tue] tirs.
        [wed] ons.
        [thu] tors.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – forhåndsvisning
preview-heading = forhåndsvisning
preview-skip = Gå til indhold
preview-intro = Til vedligeholdere og integratorer: det, en chatbot ville vise, bygget udelukkende på det offentlige API. Indsæt ikke rigtige samtaler her.
preview-views = Visninger
preview-tab-lookup = Opslag
preview-tab-coverage = Dækning
preview-tab-locales = Sprogversioner
preview-loading = Indlæser…
preview-message = Besked
preview-message-hint = Bruges kun til at genkende sproget.
preview-locale = Sprogversion
preview-locale-none = — ingen —
preview-country = Land
preview-country-unknown = — ukendt —
preview-topics = Emner
preview-topics-hint = Adskilt med komma, for eksempel: { $examples }
preview-channels = Kanaler
preview-channel-phone = Telefon
preview-channel-sms = Sms
preview-channel-chat = Chat
preview-submit = Slå op
preview-error-vocabularies = Landene eller sprogversionerne kunne ikke indlæses ({ $error }).
preview-error-lookup = Opslaget kunne ikke gennemføres ({ $error }).
preview-chat-shows = Det viser chatten
preview-raw-json = Rå JSON
preview-meta-language = Sprog: { $code } (ud fra { $source })
preview-meta-country = Land: { $code } (ud fra { $source })
preview-meta-country-unknown = Land: ukendt
preview-meta-locale = Sprogversion: { $code }
preview-meta-lines = Hjælpelinjer: { $count }
preview-international = Internationale oversigter
preview-emergency = Alarmnummer:
preview-police = politi
preview-ambulance = ambulance
preview-fire = brandvæsen
preview-open-now = Åben nu
preview-closed-now = Lukket nu
preview-hours-unknown = Åbningstider ukendte
preview-action-call = Ring { $number }
preview-action-text = Sms { $number }
preview-action-chat = Chat
preview-action-website = Hjemmeside
preview-fact-languages = Sprog: { $list }
preview-fact-languages-none = Sprog: ikke oplyst
preview-fact-hours = Åbningstider: { $times }
preview-fact-verified = Kontrolleret: { $date }
preview-fact-evidence = Belæg: { $evidence }
preview-fact-country = Land: { $code }
preview-coverage-summary = Lande og områder: { $total } · med hjælpelinjer: { $covered } · kun alarmnummer: { $uncovered }.
preview-coverage-pending = Læser kontroldatoerne… mangler: { $count }.
preview-coverage-oldest = Ældste kontrol af en hjælpelinje: { $date }.
preview-coverage-legend = Fremhævede rækker har kun et alarmnummer og ingen udvalgt hjælpelinje.
preview-coverage-caption = Lande og områder (sortér med knapperne i kolonnerne)
preview-column-code = Kode
preview-column-lines = Hjælpelinjer
preview-column-languages = Sprog
preview-column-emergency = Alarmnummer
preview-column-verified = Ældste kontrol
preview-emergency-only = kun alarmnummer
preview-error-countries = Landene kunne ikke indlæses ({ $error }).
preview-locales-summary = Sprogversioner: { $total } · gennemlæst af en modersmålstaler: { $reviewed }.
preview-locales-caption = Medfølgende sprogversioner og deres gennemlæsning
preview-column-native-name = Eget navn
preview-column-direction = Retning
preview-column-review = Gennemlæsning
preview-reviewed = Gennemlæst
preview-not-reviewed = Ikke gennemlæst
preview-error-locales = Sprogversionerne kunne ikke indlæses ({ $error }).
