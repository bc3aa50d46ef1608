### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "sinä", as MIELI Kriisipuhelin writes to the public.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## $name_form text: $line_name stands as the subject, in the nominative, so
## the stored form needs no case ending ("MIELI Kriisipuhelin päivystää…").
## label: only the line's name, never inflected ("Nimi: soita numeroon …").
## $opens_at comes as Finnish writes a time ("9.00"), after "klo".

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Olen todella pahoillani, että sinulla on näin raskasta, ja on hyvä, että kerroit siitä minulle. Sinun ei tarvitse jäädä tämän kanssa yksin.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] { $line_name } päivystää juuri nyt: { support-reach }.{ support-free }
               *[label] Keskusteluapua on saatavilla juuri nyt. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } on nyt kiinni ja aukeaa taas { support-opens }: { support-reach }.{ support-free }
               *[label] Tämä palvelu on nyt kiinni ja aukeaa taas { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } tarjoaa keskusteluapua: { support-reach }.{ support-free }
               *[label] Tässä on palvelu, josta voit saada keskusteluapua. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Osoitteesta { $directory } voit etsiä auttavaa puhelinta omasta maastasi.
               *[no] Auttavia puhelimia voit etsiä myös osoitteesta { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] tänään klo { $opens_at }
        [tomorrow] huomenna klo { $opens_at }
        [mon] maanantaina klo { $opens_at }
        [tue] tiistaina klo { $opens_at }
        [wed] keskiviikkona klo { $opens_at }
        [thu] torstaina klo { $opens_at }
        [fri] perjantaina klo { $opens_at }
        [sat] lauantaina klo { $opens_at }
        [sun] sunnuntaina klo { $opens_at }
       *[none] myöhemmin
    }

support-reach =
    { $reach ->
        [call] soita numeroon { $contact }
        [text] lähetä tekstiviesti numeroon { $contact }
        [chat] chattaa osoitteessa { $contact }
        [whatsapp] lähetä WhatsApp-viesti numeroon { $contact }
       *[web] siirry osoitteeseen { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Palvelu on maksuton.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jos olet välittömässä vaarassa, soita heti paikalliseen hätänumeroon.
       *[other] Jos olet välittömässä vaarassa, soita heti numeroon { $emergency }.
    }

support-closing = Voi myös auttaa, kun puhut jollekulle, johon luotat. Näin raskaatkin tunteet voivat keventyä tuen avulla, ja voit jatkaa juttelua kanssani.

## The question asked when we do not know the person's country; the
## message above then names only the directory.
ask-country = Missä maassa olet? Kun tiedän sen, voin näyttää sinulle auttavan puhelimen omassa maassasi.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] Suljettu nyt, avautuu { summary-opens }{ summary-schedule }
       *[unknown] Aukioloaikoja ei ilmoitettu
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] klo { $opens_at }
        [tomorrow] huomenna klo { $opens_at }
        [mon] ma klo { $opens_at }
        [tue] ti klo { $opens_at }
        [wed] ke klo { $opens_at }
        [thu] to klo { $opens_at }
        [fri] pe klo { $opens_at }
        [sat] la klo { $opens_at }
        [sun] su klo { $opens_at }
       *[none] myöhemmin
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
preview-protocol-link = Näin palvelu ohjaa ihmisiä avun luo
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
preview-fact-checked = Tarkistettu palveluntarjoajalta: { $date }
preview-fact-newest-source = Uusin lähde: { $date }
preview-evidence-provider = Lähteet: palvelun oma sivu
preview-evidence-corroborated = Lähteet: kaksi toisistaan riippumatonta julkaisijaa
preview-evidence-single = Lähteet: yksi luettelo
preview-evidence-conflict = Lähteet: tiedot ovat ristiriidassa
preview-fact-country = Maa: { $code }
preview-coverage-summary = Maat ja alueet: { $total } · auttavia puhelimia: { $covered } · vain hätänumero: { $uncovered }.
preview-coverage-age = Auttavat puhelimet, joiden uusin lähde on yli 24 kuukautta vanha: { $stale }/{ $total }.
preview-map-caption = Kattavuus maailmankartalla
preview-map-line = On auttava puhelin
preview-map-emergency = Vain hätänumero
preview-map-none = Ei aineistossa
preview-coverage-legend = Korostetuilla riveillä on vain hätänumero, ei valittua auttavaa puhelinta.
preview-coverage-caption = Maat ja alueet (lajittele sarakkeiden painikkeilla)
preview-column-code = Koodi
preview-column-lines = Auttavat puhelimet
preview-column-languages = Kielet
preview-column-emergency = Hätänumero
preview-column-stale = Vanhat lähteet
preview-emergency-only = vain hätänumero
preview-error-countries = Maita ei voitu ladata ({ $error }).
preview-locales-summary = Kieliversiot: { $total } · äidinkielisen tarkistamia: { $reviewed }.
preview-locales-caption = Mukana olevat kieliversiot ja niiden tarkistustila
preview-column-native-name = Nimi omalla kielellä
preview-column-direction = Suunta
preview-column-review = Tarkistus
preview-reviewed = Tarkistettu
preview-not-reviewed = Tarkistamatta
preview-error-locales = Kieliversioita ei voitu ladata ({ $error }).
