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

support-opening = Olen todella pahoillani, että joudut käymään tämän läpi, ja hyvä, että kerroit. Sinun ei tarvitse selvitä tästä yksin.

support-body =
    { $line_state ->
        [open] { $line_name } on tavoitettavissa juuri nyt: { support-reach }.{ support-free }
        [closed] { $line_name } on nyt suljettu ja palvelee taas klo { $opens_at } alkaen: { support-reach }.{ support-free }
        [unknown] { $line_name } tarjoaa tukea: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Osoitteesta { $directory } löydät tukipalvelun läheltäsi.
           *[no] Jos kerrot, missä maassa olet, voin etsiä sinulle tukipalvelun läheltäsi. Löydät sellaisen myös osoitteesta { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] soita numeroon { $contact }
        [text] lähetä tekstiviesti numeroon { $contact }
        [chat] chattaa osoitteessa { $contact }
        [whatsapp] lähetä WhatsApp-viesti numeroon { $contact }
       *[web] mene osoitteeseen { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Palvelu on maksuton.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jos olet välittömässä vaarassa, ota nyt yhteyttä paikalliseen hätänumeroon.
       *[other] Jos olet välittömässä vaarassa, soita nyt numeroon { $emergency }.
    }

support-closing = Myös puhuminen jonkun luotettavan ihmisen kanssa voi auttaa. Näin raskaatkin tunteet voivat keventyä tuen avulla, ja voit jatkaa juttelua kanssani.

## The question asked when we do not know the person's country.
ask-country = Missä maassa olet? Sitten voin näyttää sinulle tukipalvelun läheltäsi.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Soita { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Tekstiviesti { $sms }{" · "}
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
        [yes] Maksuton{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Avoinna ympäri vuorokauden
        [open] Avoinna nyt, klo { $closes_at } asti{ summary-schedule }
        [closed] Suljettu nyt, avautuu klo { $opens_at }{ summary-schedule }
       *[unknown] Aukioloaikoja ei ilmoitettu
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(joka päivä klo { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } klo { $from }–{ $to })
        [day] {" "}({ summary-first-day } klo { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] ma
        [tue] ti
        [wed] ke
        [thu] to
        [fri] pe
        [sat] la
       *[sun] su
    }
summary-last-day =
    { $last ->
        [mon] ma
        [tue] ti
        [wed] ke
        [thu] to
        [fri] pe
        [sat] la
       *[sun] su
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – esikatselu
preview-heading = esikatselu
preview-skip = Siirry sisältöön
preview-intro = Ylläpitäjille ja integroijille: mitä chatbot näyttäisi, koottuna pelkästä julkisesta API:sta. Älä liitä tähän oikeita keskusteluja.
preview-views = Näkymät
preview-tab-lookup = Haku
preview-tab-coverage = Kattavuus
preview-tab-locales = Kieliversiot
preview-loading = Ladataan…
preview-message = Viesti
preview-message-hint = Käytetään vain kielen tunnistamiseen.
preview-locale = Kieliversio
preview-locale-none = — ei mitään —
preview-country = Maa
preview-country-unknown = — tuntematon —
preview-topics = Aiheet
preview-topics-hint = Pilkuilla erotettuina, esimerkiksi: { $examples }
preview-channels = Kanavat
preview-channel-phone = Puhelin
preview-channel-sms = Tekstiviesti
preview-channel-chat = Chat
preview-submit = Hae
preview-error-vocabularies = Maita tai kieliversioita ei voitu ladata ({ $error }).
preview-error-lookup = Haku ei onnistunut ({ $error }).
preview-chat-shows = Mitä chat näyttää
preview-raw-json = Raaka JSON
preview-meta-language = Kieli: { $code } (lähde: { $source })
preview-meta-country = Maa: { $code } (lähde: { $source })
preview-meta-country-unknown = Maa: tuntematon
preview-meta-locale = Kieliversio: { $code }
preview-meta-lines = Auttavat puhelimet: { $count }
preview-international = Kansainväliset hakemistot
preview-emergency = Hätänumero:
preview-police = poliisi
preview-ambulance = ambulanssi
preview-fire = palokunta
preview-open-now = Avoinna nyt
preview-closed-now = Suljettu nyt
preview-hours-unknown = Aukioloajat tuntemattomat
preview-action-call = Soita { $number }
preview-action-text = Tekstiviesti { $number }
preview-action-chat = Chat
preview-action-website = Verkkosivusto
preview-fact-languages = Kielet: { $list }
preview-fact-languages-none = Kielet: ei ilmoitettu
preview-fact-hours = Aukioloajat: { $times }
preview-fact-verified = Tarkistettu: { $date }
preview-fact-evidence = Lähteet: { $evidence }
preview-fact-country = Maa: { $code }
preview-coverage-summary = Maat ja alueet: { $total } · auttavia puhelimia: { $covered } · vain hätänumero: { $uncovered }.
preview-coverage-pending = Luetaan tarkistuspäiviä… jäljellä: { $count }.
preview-coverage-oldest = Vanhin auttavan puhelimen tarkistus: { $date }.
preview-coverage-legend = Korostetuilla riveillä on vain hätänumero, ei valittua auttavaa puhelinta.
preview-coverage-caption = Maat ja alueet (lajittele sarakkeiden painikkeilla)
preview-column-code = Koodi
preview-column-lines = Auttavat puhelimet
preview-column-languages = Kielet
preview-column-emergency = Hätänumero
preview-column-verified = Vanhin tarkistus
preview-emergency-only = vain hätänumero
preview-error-countries = Maita ei voitu ladata ({ $error }).
preview-locales-summary = Kieliversiot: { $total } · äidinkielisen tarkistamia: { $reviewed }.
preview-locales-caption = Mukana olevat kieliversiot ja niiden tarkistustila
preview-column-native-name = Oma nimi
preview-column-direction = Suunta
preview-column-review = Tarkistus
preview-reviewed = Tarkistettu
preview-not-reviewed = Tarkistamatta
preview-error-locales = Kieliversioita ei voitu ladata ({ $error }).
