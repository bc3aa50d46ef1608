### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: "jūs" (formal you), as Vilties linija addresses adults.

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: the name in the nominative, in „“ as Lithuanian
##                writes names of services („Vilties linija“): in [text] it
##                is always the subject, and no predicate agrees with its
##                gender; label: only the line's name, held as a label
##                ("Pavadinimas: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format ("09:00"); "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Man labai gaila, kad jums dabar taip sunku, ir gerai, kad apie tai prabilote. Jums nereikia su tuo grumtis vienumoje.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Jau dabar jums gali padėti { $line_name }: { support-reach }.{ support-free }
               *[label] Pagalbos galite kreiptis jau dabar. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Šiuo metu { $line_name } nedirba ir vėl pradės dirbti { support-opens } – { support-reach }.{ support-free }
               *[label] Ši pagalbos linija šiuo metu nedirba ir vėl pradės dirbti { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Jums gali padėti { $line_name }: { support-reach }.{ support-free }
               *[label] Čia galite kreiptis pagalbos. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Pagalbos liniją savo šalyje galite rasti svetainėje { $directory }.
               *[no] Pagalbos liniją taip pat galite rasti svetainėje { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] šiandien nuo { $opens_at }
        [tomorrow] rytoj nuo { $opens_at }
        [mon] pirmadienį nuo { $opens_at }
        [tue] antradienį nuo { $opens_at }
        [wed] trečiadienį nuo { $opens_at }
        [thu] ketvirtadienį nuo { $opens_at }
        [fri] penktadienį nuo { $opens_at }
        [sat] šeštadienį nuo { $opens_at }
        [sun] sekmadienį nuo { $opens_at }
       *[none] vėliau
    }

support-reach =
    { $reach ->
        [call] skambinkite numeriu { $contact }
        [text] siųskite SMS numeriu { $contact }
        [chat] rašykite pokalbių lange svetainėje { $contact }
        [whatsapp] rašykite per WhatsApp numeriu { $contact }
       *[web] apsilankykite svetainėje { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Pagalba nemokama.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Jei jums gresia tiesioginis pavojus, nedelsdami kreipkitės į skubiosios pagalbos tarnybas.
       *[other] Jei jums gresia tiesioginis pavojus, nedelsdami skambinkite { $emergency }.
    }

support-closing = Gali padėti ir pokalbis su žmogumi, kuriuo pasitikite. Su kitų parama net tokie sunkūs jausmai gali sušvelnėti, o su manimi galite kalbėtis ir toliau.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = Kurioje šalyje esate? Tada galėsiu parodyti pagalbos liniją jūsų šalyje.

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
       *[other] Telefonas: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Pokalbis internetu{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Nemokamai{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Visą parą
        [open] Dabar dirba iki { $closes_at }{ summary-schedule }
        [closed] Dabar nedirba, vėl dirbs { summary-opens }{ summary-schedule }
       *[unknown] Darbo laikas nenurodytas
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] nuo { $opens_at }
        [tomorrow] rytoj nuo { $opens_at }
        [mon] pirmadienį nuo { $opens_at }
        [tue] antradienį nuo { $opens_at }
        [wed] trečiadienį nuo { $opens_at }
        [thu] ketvirtadienį nuo { $opens_at }
        [fri] penktadienį nuo { $opens_at }
        [sat] šeštadienį nuo { $opens_at }
        [sun] sekmadienį nuo { $opens_at }
       *[none] vėliau
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(kasdien { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Pr
        [tue] An
        [wed] Tr
        [thu] Kt
        [fri] Pn
        [sat] Št
       *[sun] Sk
    }
summary-last-day =
    { $last ->
        [mon] Pr
        [tue] An
        [wed] Tr
        [thu] Kt
        [fri] Pn
        [sat] Št
       *[sun] Sk
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup – peržiūra
preview-heading = peržiūra
preview-skip = Pereiti prie turinio
preview-protocol-link = Kaip ši paslauga nukreipia žmones pagalbos
preview-intro = Prižiūrėtojams ir integruotojams: ką parodytų pokalbių robotas, sudaryta tik iš viešosios API. Neįklijuokite čia tikrų pokalbių.
preview-views = Rodiniai
preview-tab-lookup = Paieška
preview-tab-coverage = Aprėptis
preview-tab-locales = Kalbų versijos
preview-loading = Įkeliama…

## The lookup form.
preview-message = Žinutė
preview-message-hint = Naudojama tik kalbai nustatyti.
preview-locale = Kalbos versija
preview-locale-none = — nėra —
preview-country = Šalis
preview-country-unknown = — nežinoma —
preview-topics = Temos
preview-topics-hint = Atskirtos kableliais, pavyzdžiui: { $examples }
preview-channels = Kanalai
preview-channel-phone = Telefonas
preview-channel-sms = SMS
preview-channel-chat = Pokalbis
preview-submit = Ieškoti
preview-error-vocabularies = Nepavyko įkelti šalių arba kalbų versijų ({ $error }).
preview-error-lookup = Paieška nepavyko ({ $error }).

## The answer.
preview-chat-shows = Ką rodo pokalbis
preview-raw-json = Neapdorotas JSON
preview-meta-language = Kalba: { $code } (šaltinis: { $source })
preview-meta-country = Šalis: { $code } (šaltinis: { $source })
preview-meta-country-unknown = Šalis: nežinoma
preview-meta-locale = Kalbos versija: { $code }
preview-meta-lines = Pagalbos linijos: { $count }
preview-international = Tarptautiniai katalogai

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Skubi pagalba:
preview-police = policija
preview-ambulance = greitoji medicinos pagalba
preview-fire = ugniagesiai
preview-open-now = Dabar dirba
preview-closed-now = Dabar nedirba
preview-hours-unknown = Darbo laikas nežinomas
preview-action-call = Skambinti { $number }
preview-action-text = SMS: { $number }
preview-action-chat = Pokalbis
preview-action-website = Svetainė
preview-fact-languages = Kalbos: { $list }
preview-fact-languages-none = Kalbos: nenurodytos
preview-fact-hours = Darbo laikas: { $times }
preview-fact-checked = Patikrinta su paslaugos teikėju: { $date }
preview-fact-newest-source = Naujausias šaltinis: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Pagrindimas: pačios linijos svetainė
preview-evidence-corroborated = Pagrindimas: du nepriklausomi leidėjai
preview-evidence-single = Pagrindimas: vienas įrašas
preview-evidence-conflict = Pagrindimas: šaltiniai nesutampa
preview-fact-country = Šalis: { $code }

## The coverage tab.
preview-coverage-summary = Šalys ir teritorijos: { $total } · su pagalbos linijomis: { $covered } · tik skubios pagalbos numeris: { $uncovered }.
preview-coverage-age = Linijos, kurių naujausias šaltinis senesnis nei 24 mėnesiai: { $stale } iš { $total }.
preview-map-caption = Aprėpties pasaulio žemėlapis
preview-map-line = Yra pagalbos linija
preview-map-emergency = Tik skubios pagalbos numeris
preview-map-none = Duomenyse nėra
preview-coverage-legend = Paryškintose eilutėse yra tik skubios pagalbos numeris, be atrinktos pagalbos linijos.
preview-coverage-caption = Šalys ir teritorijos (rikiuokite stulpelių mygtukais)
preview-column-code = Kodas
preview-column-lines = Pagalbos linijos
preview-column-languages = Kalbos
preview-column-emergency = Skubi pagalba
preview-column-stale = Linijos su senais šaltiniais
preview-emergency-only = tik skubi pagalba
preview-error-countries = Nepavyko įkelti šalių ({ $error }).

## The locales tab.
preview-locales-summary = Kalbų versijos: { $total } · peržiūrėjo gimtakalbis: { $reviewed }.
preview-locales-caption = Įtrauktos kalbų versijos ir jų peržiūros būsena
preview-column-native-name = Pavadinimas ta kalba
preview-column-direction = Kryptis
preview-column-review = Peržiūra
preview-reviewed = Peržiūrėta
preview-not-reviewed = Neperžiūrėta
preview-error-locales = Nepavyko įkelti kalbų versijų ({ $error }).
