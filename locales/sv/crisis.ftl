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

support-opening = Jag är ledsen att du har det så svårt just nu, och jag är glad att du berättade. Du behöver inte gå igenom det här ensam.

support-body =
    { $line_state ->
        [open] Du kan kontakta { $line_name } direkt: { support-reach }.{ support-free }
        [closed] { $line_name } har stängt just nu och öppnar igen kl. { $opens_at }: { support-reach }.{ support-free }
        [unknown] Du kan kontakta { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] På { $directory } kan du hitta en stödlinje nära dig.
           *[no] Om du berättar vilket land du är i kan jag hitta en stödlinje nära dig. Du kan också hitta en på { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] ring { $contact }
        [text] skicka ett sms till { $contact }
        [chat] chatta med dem på { $contact }
        [whatsapp] skriv till dem på WhatsApp på { $contact }
       *[web] gå in på { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Det är gratis.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Om du är i akut fara, kontakta larmtjänsten där du befinner dig nu.
       *[other] Om du är i akut fara, ring { $emergency } nu.
    }

support-closing = Det kan också hjälpa att prata med någon du litar på. Så tunga känslor kan lätta med stöd, och du kan fortsätta prata med mig.

## The question asked when we do not know the person's country.
ask-country = Vilket land är du i? Då kan jag visa dig en stödlinje nära dig.

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
        [yes] Chatt{" · "}
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
        [always] Öppet dygnet runt
        [open] Öppet nu, till { $closes_at }{ summary-schedule }
        [closed] Stängt nu, öppnar kl. { $opens_at }{ summary-schedule }
       *[unknown] Öppettider saknas
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alla dagar kl. { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } kl. { $from }–{ $to })
        [day] {" "}({ summary-first-day } kl. { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] mån
        [tue] tis
        [wed] ons
        [thu] tors
        [fri] fre
        [sat] lör
       *[sun] sön
    }
summary-last-day =
    { $last ->
        [mon] mån
        [tue] tis
        [wed] ons
        [thu] tors
        [fri] fre
        [sat] lör
       *[sun] sön
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – förhandsvisning
preview-heading = förhandsvisning
preview-skip = Hoppa till innehållet
preview-intro = För förvaltare och integratörer: det en chattbot skulle visa, byggt enbart på det öppna API:et. Klistra inte in riktiga samtal här.
preview-views = Vyer
preview-tab-lookup = Sökning
preview-tab-coverage = Täckning
preview-tab-locales = Språkversioner
preview-loading = Läser in…
preview-message = Meddelande
preview-message-hint = Används bara för att känna igen språket.
preview-locale = Språkversion
preview-locale-none = — ingen —
preview-country = Land
preview-country-unknown = — okänt —
preview-topics = Ämnen
preview-topics-hint = Kommaseparerade, till exempel: { $examples }
preview-channels = Kanaler
preview-channel-phone = Telefon
preview-channel-sms = Sms
preview-channel-chat = Chatt
preview-submit = Sök
preview-error-vocabularies = Det gick inte att läsa in länderna eller språkversionerna ({ $error }).
preview-error-lookup = Sökningen gick inte att genomföra ({ $error }).
preview-chat-shows = Det här visar chatten
preview-raw-json = Rå JSON
preview-meta-language = Språk: { $code } (utifrån { $source })
preview-meta-country = Land: { $code } (utifrån { $source })
preview-meta-country-unknown = Land: okänt
preview-meta-locale = Språkversion: { $code }
preview-meta-lines = Stödlinjer: { $count }
preview-international = Internationella förteckningar
preview-emergency = Larmnummer:
preview-police = polis
preview-ambulance = ambulans
preview-fire = räddningstjänst
preview-open-now = Öppet nu
preview-closed-now = Stängt nu
preview-hours-unknown = Öppettider okända
preview-action-call = Ring { $number }
preview-action-text = Sms { $number }
preview-action-chat = Chatt
preview-action-website = Webbplats
preview-fact-languages = Språk: { $list }
preview-fact-languages-none = Språk: anges inte
preview-fact-hours = Öppettider: { $times }
preview-fact-verified = Kontrollerad: { $date }
preview-fact-evidence = Underlag: { $evidence }
preview-fact-country = Land: { $code }
preview-coverage-summary = Länder och territorier: { $total } · med stödlinjer: { $covered } · bara larmnummer: { $uncovered }.
preview-coverage-pending = Läser kontrolldatum… återstår: { $count }.
preview-coverage-oldest = Äldsta kontrollen av en stödlinje: { $date }.
preview-coverage-legend = Markerade rader har bara ett larmnummer och ingen utvald stödlinje.
preview-coverage-caption = Länder och territorier (sortera med knapparna i kolumnerna)
preview-column-code = Kod
preview-column-lines = Stödlinjer
preview-column-languages = Språk
preview-column-emergency = Larmnummer
preview-column-verified = Äldsta kontroll
preview-emergency-only = bara larmnummer
preview-error-countries = Det gick inte att läsa in länderna ({ $error }).
preview-locales-summary = Språkversioner: { $total } · granskade av en person med språket som modersmål: { $reviewed }.
preview-locales-caption = Medföljande språkversioner och om de är granskade
preview-column-native-name = Eget namn
preview-column-direction = Riktning
preview-column-review = Granskning
preview-reviewed = Granskad
preview-not-reviewed = Inte granskad
preview-error-locales = Det gick inte att läsa in språkversionerna ({ $error }).
