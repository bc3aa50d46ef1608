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

support-opening = Jeg er virkelig lei meg for at du har det så tungt nå, og jeg er glad for at du forteller det. Du trenger ikke stå alene i dette.

support-body =
    { $line_state ->
        [open] Du kan kontakte { $line_name } akkurat nå: { support-reach }.{ support-free }
        [closed] { $line_name } er stengt nå og åpner igjen kl. { $opens_at }: { support-reach }.{ support-free }
        [unknown] Du kan kontakte { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] På { $directory } kan du finne en hjelpelinje nær deg.
           *[no] Hvis du forteller meg hvilket land du er i, kan jeg finne en hjelpelinje nær deg. Du kan også finne en på { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ring { $contact }
        [text] send en SMS til { $contact }
        [chat] chat med dem på { $contact }
        [whatsapp] skriv til dem på WhatsApp på { $contact }
       *[web] gå inn på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det er gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Hvis du er i akutt fare, kontakt nødetatene der du er nå.
       *[other] Hvis du er i akutt fare, ring { $emergency } nå.
    }

support-closing = Det kan også hjelpe å snakke med noen du stoler på. Så tunge følelser kan lette med støtte, og du kan fortsette å snakke med meg.

## The question asked when we do not know the person's country.
ask-country = Hvilket land er du i? Da kan jeg vise deg en hjelpelinje nær deg.

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
       *[other] SMS { $sms }{" · "}
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
        [always] Døgnåpen
        [open] Åpen nå, til { $closes_at }{ summary-schedule }
        [closed] Stengt nå, åpner kl. { $opens_at }{ summary-schedule }
       *[unknown] Åpningstider ikke oppgitt
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alle dager { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] man.
        [tue] tir.
        [wed] ons.
        [thu] tor.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }
summary-last-day =
    { $last ->
        [mon] man.
        [tue] tir.
        [wed] ons.
        [thu] tor.
        [fri] fre.
        [sat] lør.
       *[sun] søn.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – forhåndsvisning
preview-heading = forhåndsvisning
preview-skip = Gå til innholdet
preview-intro = For vedlikeholdere og integratorer: det en chatbot ville vist, bygd bare på det offentlige API-et. Ikke lim inn ekte samtaler her.
preview-views = Visninger
preview-tab-lookup = Oppslag
preview-tab-coverage = Dekning
preview-tab-locales = Språkversjoner
preview-loading = Laster inn…
preview-message = Melding
preview-message-hint = Brukes bare til å gjenkjenne språket.
preview-locale = Språkversjon
preview-locale-none = — ingen —
preview-country = Land
preview-country-unknown = — ukjent —
preview-topics = Emner
preview-topics-hint = Skilt med komma, for eksempel: { $examples }
preview-channels = Kanaler
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Slå opp
preview-error-vocabularies = Kunne ikke laste inn landene eller språkversjonene ({ $error }).
preview-error-lookup = Oppslaget kunne ikke gjennomføres ({ $error }).
preview-chat-shows = Dette viser chatten
preview-raw-json = Rå JSON
preview-meta-language = Språk: { $code } (ut fra { $source })
preview-meta-country = Land: { $code } (ut fra { $source })
preview-meta-country-unknown = Land: ukjent
preview-meta-locale = Språkversjon: { $code }
preview-meta-lines = Hjelpetelefoner: { $count }
preview-international = Internasjonale oversikter
preview-emergency = Nødnummer:
preview-police = politi
preview-ambulance = ambulanse
preview-fire = brannvesen
preview-open-now = Åpen nå
preview-closed-now = Stengt nå
preview-hours-unknown = Åpningstider ukjent
preview-action-call = Ring { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Nettsted
preview-fact-languages = Språk: { $list }
preview-fact-languages-none = Språk: ikke oppgitt
preview-fact-hours = Åpningstider: { $times }
preview-fact-verified = Kontrollert: { $date }
preview-fact-evidence = Kilder: { $evidence }
preview-fact-country = Land: { $code }
preview-coverage-summary = Land og områder: { $total } · med hjelpetelefoner: { $covered } · bare nødnummer: { $uncovered }.
preview-coverage-pending = Leser kontrolldatoene… gjenstår: { $count }.
preview-coverage-oldest = Eldste kontroll av en hjelpetelefon: { $date }.
preview-coverage-legend = Uthevede rader har bare et nødnummer og ingen utvalgt hjelpetelefon.
preview-coverage-caption = Land og områder (sorter med knappene i kolonnene)
preview-column-code = Kode
preview-column-lines = Hjelpetelefoner
preview-column-languages = Språk
preview-column-emergency = Nødnummer
preview-column-verified = Eldste kontroll
preview-emergency-only = bare nødnummer
preview-error-countries = Kunne ikke laste inn landene ({ $error }).
preview-locales-summary = Språkversjoner: { $total } · gjennomlest av en med språket som morsmål: { $reviewed }.
preview-locales-caption = Medfølgende språkversjoner og om de er gjennomlest
preview-column-native-name = Eget navn
preview-column-direction = Retning
preview-column-review = Gjennomlesing
preview-reviewed = Gjennomlest
preview-not-reviewed = Ikke gjennomlest
preview-error-locales = Kunne ikke laste inn språkversjonene ({ $error }).
