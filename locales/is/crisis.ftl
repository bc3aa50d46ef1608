### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "þú", as all Icelandic services address the public.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative ("Hjálparsími Rauða
##                krossins 1717"): in [text] it is always the subject, and no
##                predicate agrees with its gender; label: only the line's
##                name, held as a label ("Heiti: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Mér þykir mjög leitt að þér líði svona illa og það er gott að þú sagðir frá. Þú þarft ekki að takast á við þetta upp á eigin spýtur.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } svarar núna: { support-reach }.{ support-free }
               *[label] Þú getur fengið stuðning strax. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } svarar ekki núna en opnar aftur { support-opens } – { support-reach }.{ support-free }
               *[label] Þessi hjálparsími er lokaður núna en opnar aftur { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } getur veitt þér stuðning: { support-reach }.{ support-free }
               *[label] Hér getur þú leitað stuðnings. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Þú getur fundið hjálparsíma í þínu landi á { $directory }.
               *[no] Þú getur líka fundið hjálparsíma á { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] í dag kl. { $opens_at }
        [tomorrow] á morgun kl. { $opens_at }
        [mon] á mánudaginn kl. { $opens_at }
        [tue] á þriðjudaginn kl. { $opens_at }
        [wed] á miðvikudaginn kl. { $opens_at }
        [thu] á fimmtudaginn kl. { $opens_at }
        [fri] á föstudaginn kl. { $opens_at }
        [sat] á laugardaginn kl. { $opens_at }
        [sun] á sunnudaginn kl. { $opens_at }
       *[none] síðar
    }

support-reach =
    { $reach ->
        [call] hringdu í { $contact }
        [text] sendu SMS í { $contact }
        [chat] skrifaðu í netspjallinu á { $contact }
        [whatsapp] skrifaðu á WhatsApp í { $contact }
       *[web] farðu á { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Það kostar ekkert.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ef þú ert í bráðri hættu skaltu strax hafa samband við neyðarþjónustu.
       *[other] Ef þú ert í bráðri hættu skaltu hringja strax í { $emergency }.
    }

support-closing = Það getur líka hjálpað að tala við einhvern sem þú treystir. Með stuðningi geta jafnvel svona þungar tilfinningar orðið léttari og þú mátt alveg halda áfram að tala við mig.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Í hvaða landi ertu? Þá get ég bent þér á hjálparsíma í þínu landi.

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
       *[other] Sími: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Netspjall{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Ókeypis{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Opið allan sólarhringinn
        [open] Opið núna til { $closes_at }{ summary-schedule }
        [closed] Lokað núna, opnar { summary-opens }{ summary-schedule }
       *[unknown] Opnunartími ekki skráður
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] kl. { $opens_at }
        [tomorrow] á morgun kl. { $opens_at }
        [mon] mán. kl. { $opens_at }
        [tue] þri. kl. { $opens_at }
        [wed] mið. kl. { $opens_at }
        [thu] fim. kl. { $opens_at }
        [fri] fös. kl. { $opens_at }
        [sat] lau. kl. { $opens_at }
        [sun] sun. kl. { $opens_at }
       *[none] síðar
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(alla daga { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] mán.
        [tue] þri.
        [wed] mið.
        [thu] fim.
        [fri] fös.
        [sat] lau.
       *[sun] sun.
    }
summary-last-day =
    { $last ->
        [mon] mán.
        [tue] þri.
        [wed] mið.
        [thu] fim.
        [fri] fös.
        [sat] lau.
       *[sun] sun.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – forskoðun
preview-heading = forskoðun
preview-skip = Fara beint í efnið
preview-protocol-link = Hvernig þjónustan vísar fólki á hjálp
preview-intro = Fyrir umsjónarfólk og samþættingaraðila: það sem spjallmenni myndi sýna, byggt eingöngu á opna API-inu. Ekki líma raunveruleg samtöl hér inn.
preview-views = Yfirlit
preview-tab-lookup = Leit
preview-tab-coverage = Umfang
preview-tab-locales = Tungumálaútgáfur
preview-loading = Hleð inn…

## The lookup form.
preview-message = Skilaboð
preview-message-hint = Aðeins notað til að greina tungumálið.
preview-locale = Tungumálaútgáfa
preview-locale-none = — engin —
preview-country = Land
preview-country-unknown = — óþekkt —
preview-topics = Efnisflokkar
preview-topics-hint = Aðskilið með kommum, til dæmis: { $examples }
preview-channels = Leiðir
preview-channel-phone = Sími
preview-channel-sms = SMS
preview-channel-chat = Netspjall
preview-submit = Leita
preview-error-vocabularies = Ekki tókst að sækja lönd eða tungumálaútgáfur ({ $error }).
preview-error-lookup = Leitin mistókst ({ $error }).

## The answer.
preview-chat-shows = Það sem spjallið sýnir
preview-raw-json = Hrátt JSON
preview-meta-language = Tungumál: { $code } (heimild: { $source })
preview-meta-country = Land: { $code } (heimild: { $source })
preview-meta-country-unknown = Land: óþekkt
preview-meta-locale = Tungumálaútgáfa: { $code }
preview-meta-lines = Hjálparsímar: { $count }
preview-international = Alþjóðlegar skrár

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Neyðarnúmer:
preview-police = lögregla
preview-ambulance = sjúkrabíll
preview-fire = slökkvilið
preview-open-now = Opið núna
preview-closed-now = Lokað núna
preview-hours-unknown = Opnunartími óþekktur
preview-action-call = Hringja í { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Netspjall
preview-action-website = Vefsíða
preview-fact-languages = Tungumál: { $list }
preview-fact-languages-none = Tungumál: ekki skráð
preview-fact-hours = Opnunartími: { $times }
preview-fact-checked = Staðfest hjá þjónustuaðila: { $date }
preview-fact-newest-source = Nýjasta heimild: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Stoð: eigin vefsíða þjónustunnar
preview-evidence-corroborated = Stoð: tveir óháðir útgefendur
preview-evidence-single = Stoð: ein skráning
preview-evidence-conflict = Stoð: heimildum ber ekki saman
preview-fact-country = Land: { $code }

## The coverage tab.
preview-coverage-summary = Lönd og svæði: { $total } · með hjálparsíma: { $covered } · aðeins neyðarnúmer: { $uncovered }.
preview-coverage-age = Hjálparsímar þar sem nýjasta heimild er eldri en 24 mánaða: { $stale } af { $total }.
preview-map-caption = Heimskort af umfangi
preview-map-line = Með hjálparsíma
preview-map-emergency = Aðeins neyðarnúmer
preview-map-none = Ekki í gögnunum
preview-coverage-legend = Auðkenndar raðir hafa aðeins neyðarnúmer en engan valinn hjálparsíma.
preview-coverage-caption = Lönd og svæði (raðaðu með hnöppunum í dálkunum)
preview-column-code = Kóði
preview-column-lines = Hjálparsímar
preview-column-languages = Tungumál
preview-column-emergency = Neyðarnúmer
preview-column-stale = Hjálparsímar með gamlar heimildir
preview-emergency-only = aðeins neyðarnúmer
preview-error-countries = Ekki tókst að sækja lönd ({ $error }).

## The locales tab.
preview-locales-summary = Tungumálaútgáfur: { $total } · yfirfarnar af móðurmálshafa: { $reviewed }.
preview-locales-caption = Tungumálaútgáfur í boði og staða yfirlestrar
preview-column-native-name = Heiti á eigin máli
preview-column-direction = Stefna
preview-column-review = Yfirlestur
preview-reviewed = Yfirlesið
preview-not-reviewed = Ekki yfirlesið
preview-error-locales = Ekki tókst að sækja tungumálaútgáfur ({ $error }).
