### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "du", as Självmordslinjen and the other Swedish lines write to the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name is written for these sentences ("Självmordslinjen");
## label: only the line's name, so it stands as a label ("Namn: ring …").
## No pronoun refers back to the name (den/det would need its gender).

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Jag är verkligen ledsen att du har det så svårt just nu, och jag är glad att du berättar det för mig. Du behöver inte gå igenom det här ensam.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Du kan kontakta { $line_name } direkt: { support-reach }.{ support-free }
               *[label] Du kan kontakta en stödlinje direkt. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } har stängt just nu och öppnar igen { support-opens }: { support-reach }.{ support-free }
               *[label] Stödlinjen har stängt just nu och öppnar igen { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Du kan kontakta { $line_name }: { support-reach }.{ support-free }
               *[label] Här är en stödlinje som du kan kontakta. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] På { $directory } kan du hitta en stödlinje i ditt land.
               *[no] Du kan också hitta en stödlinje på { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] i dag kl. { $opens_at }
        [tomorrow] i morgon kl. { $opens_at }
        [mon] på måndag kl. { $opens_at }
        [tue] på tisdag kl. { $opens_at }
        [wed] på onsdag kl. { $opens_at }
        [thu] på torsdag kl. { $opens_at }
        [fri] på fredag kl. { $opens_at }
        [sat] på lördag kl. { $opens_at }
        [sun] på söndag kl. { $opens_at }
       *[none] senare
    }

support-reach =
    { $reach ->
        [call] ring { $contact }
        [text] skicka ett sms till { $contact }
        [chat] chatta på { $contact }
        [whatsapp] skriv på WhatsApp till { $contact }
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
        [none] Om du är i akut fara, ring det lokala larmnumret nu.
       *[other] Om du är i akut fara, ring { $emergency } nu.
    }

support-closing = Det kan också hjälpa att prata med någon du litar på. Med stöd kan även så tunga känslor bli lättare, och du kan fortsätta prata med mig.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = Vilket land är du i? Då kan jag visa dig en stödlinje i ditt land.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [open] Öppet nu, till kl. { $closes_at }{ summary-schedule }
        [closed] Stängt nu, öppnar { summary-opens }{ summary-schedule }
       *[unknown] Öppettider anges inte
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kl. { $opens_at }
        [tomorrow] i morgon kl. { $opens_at }
        [mon] mån kl. { $opens_at }
        [tue] tis kl. { $opens_at }
        [wed] ons kl. { $opens_at }
        [thu] tors kl. { $opens_at }
        [fri] fre kl. { $opens_at }
        [sat] lör kl. { $opens_at }
        [sun] sön kl. { $opens_at }
       *[none] senare
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
preview-protocol-link = Så hänvisar tjänsten människor till hjälp
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
preview-fact-checked = Kontrollerad hos huvudmannen: { $date }
preview-fact-newest-source = Nyaste källa: { $date }
preview-evidence-provider = Underlag: linjens egen sida
preview-evidence-corroborated = Underlag: två oberoende utgivare
preview-evidence-single = Underlag: en förteckning
preview-evidence-conflict = Underlag: källorna går isär
preview-fact-country = Land: { $code }
preview-coverage-summary = Länder och territorier: { $total } · med stödlinjer: { $covered } · bara larmnummer: { $uncovered }.
preview-coverage-age = Linjer vars nyaste källa är äldre än 24 månader: { $stale } av { $total }.
preview-map-caption = Världskarta över täckningen
preview-map-line = Har en stödlinje
preview-map-emergency = Bara larmnummer
preview-map-none = Finns inte i datamängden
preview-coverage-legend = Markerade rader har bara ett larmnummer och ingen utvald stödlinje.
preview-coverage-caption = Länder och territorier (sortera med knapparna i kolumnerna)
preview-column-code = Kod
preview-column-lines = Stödlinjer
preview-column-languages = Språk
preview-column-emergency = Larmnummer
preview-column-stale = Linjer med gamla källor
preview-emergency-only = bara larmnummer
preview-error-countries = Det gick inte att läsa in länderna ({ $error }).
preview-locales-summary = Språkversioner: { $total } · granskade av en person med språket som modersmål: { $reviewed }.
preview-locales-caption = Medföljande språkversioner och om de är granskade
preview-column-native-name = Namn på eget språk
preview-column-direction = Riktning
preview-column-review = Granskning
preview-reviewed = Granskad
preview-not-reviewed = Inte granskad
preview-error-locales = Det gick inte att läsa in språkversionerna ({ $error }).
