### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: 2nd person singular (wena), as South African lines address
### one caller.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name stands in apposition after "ulayini"/"nolayini", so
## it takes no prefix and no concord; its form is the bare name.
## [label]: $line_name only stands before ":", as a label.
## $contact always follows a noun ("inombolo", "iwebhusayithi"), never a
## hyphenated prefix (no "ku-0800…").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Ngiyaxolisa kakhulu ngalokhu odlula kukho, futhi ngiyajabula ukuthi ungitshelile. Akudingeki ukuthi ubhekane nakho wedwa.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Manje ungaxhumana nolayini { $line_name }: { support-reach }.{ support-free }
               *[label] Manje ungaxhumana nolayini wosizo. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Ulayini { $line_name } uvaliwe manje; uzophinde uvulwe { support-opens }. Uma usuvuliwe, { support-reach }.{ support-free }
               *[label] Lo layini wosizo uvaliwe manje; uzophinde uvulwe { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Ungaxhumana nolayini { $line_name }: { support-reach }.{ support-free }
               *[label] Ungaxhumana nolayini wosizo olandelayo. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Ungathola ulayini wosizo osezweni lakho kuwebhusayithi { $directory }.
               *[no] Ungathola futhi ulayini wosizo kuwebhusayithi { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] namuhla ngo-{ $opens_at }
        [tomorrow] kusasa ngo-{ $opens_at }
        [mon] ngoMsombuluko ngo-{ $opens_at }
        [tue] ngoLwesibili ngo-{ $opens_at }
        [wed] ngoLwesithathu ngo-{ $opens_at }
        [thu] ngoLwesine ngo-{ $opens_at }
        [fri] ngoLwesihlanu ngo-{ $opens_at }
        [sat] ngoMgqibelo ngo-{ $opens_at }
        [sun] ngeSonto ngo-{ $opens_at }
       *[none] kamuva
    }

support-reach =
    { $reach ->
        [call] shayela inombolo { $contact }
        [text] thumela i-SMS enombolweni { $contact }
        [chat] xoxa nabo kuwebhusayithi { $contact }
        [whatsapp] bathumelele umlayezo ku-WhatsApp enombolweni { $contact }
       *[web] vakashela iwebhusayithi { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Kumahhala.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Uma usengozini manje, sicela uxhumane ngokushesha nezinsizakalo zezimo eziphuthumayo endaweni yakho.
       *[other] Uma usengozini manje, sicela ushayele inombolo { $emergency } ngokushesha.
    }

support-closing = Ukukhuluma nomuntu omethembayo nakho kungasiza. Imizwa esindayo kangaka ingancipha uma uthola ukwesekwa, futhi ungaqhubeka ukhuluma nami.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = Usezweni eliphi? Ngemuva kwalokho ngingakukhombisa ulayini wosizo osezweni lakho.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Shayela { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] I-SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Ingxoxo ku-inthanethi{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Mahhala{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Uvulekile amahora angu-24 nsuku zonke
        [open] Uvulekile manje, uvala ngo-{ $closes_at }{ summary-schedule }
        [closed] Uvaliwe manje, uzovulwa { summary-opens }{ summary-schedule }
       *[unknown] Amahora awaziwa
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] namuhla ngo-{ $opens_at }
        [tomorrow] kusasa ngo-{ $opens_at }
        [mon] ngoMsombuluko ngo-{ $opens_at }
        [tue] ngoLwesibili ngo-{ $opens_at }
        [wed] ngoLwesithathu ngo-{ $opens_at }
        [thu] ngoLwesine ngo-{ $opens_at }
        [fri] ngoLwesihlanu ngo-{ $opens_at }
        [sat] ngoMgqibelo ngo-{ $opens_at }
        [sun] ngeSonto ngo-{ $opens_at }
       *[none] kamuva
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(nsuku zonke, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] uMsombuluko
        [tue] uLwesibili
        [wed] uLwesithathu
        [thu] uLwesine
        [fri] uLwesihlanu
        [sat] uMgqibelo
       *[sun] iSonto
    }
summary-last-day =
    { $last ->
        [mon] uMsombuluko
        [tue] uLwesibili
        [wed] uLwesithathu
        [thu] uLwesine
        [fri] uLwesihlanu
        [sat] uMgqibelo
       *[sun] iSonto
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Ukubuka kuqala kwe-crisis-lookup
preview-heading = ukubuka kuqala
preview-skip = Yeqa uye kokuqukethwe
preview-protocol-link = Indlela le sevisi ebakhombisa ngayo abantu lapho bangathola khona usizo
preview-intro = Okwabanakekeli nabahlanganisi: lokho i-chatbot engakubonisa, kwakhiwe nge-API yomphakathi kuphela. Ungafaki izingxoxo zangempela lapha.
preview-views = Ukubuka
preview-tab-lookup = Ukusesha
preview-tab-coverage = Ububanzi
preview-tab-locales = Izilimi
preview-loading = Iyalayisha…

## The lookup form.
preview-message = Umlayezo
preview-message-hint = Usetshenziselwa ukuthola ulimi kuphela.
preview-locale = Ulimi nesifunda
preview-locale-none = — lutho —
preview-country = Izwe
preview-country-unknown = — alaziwa —
preview-topics = Izihloko
preview-topics-hint = Zihlukaniswe ngokhefana, isibonelo: { $examples }
preview-channels = Izindlela zokuxhumana
preview-channel-phone = Ucingo
preview-channel-sms = I-SMS
preview-channel-chat = Ingxoxo
preview-submit = Sesha
preview-error-vocabularies = Akukwazekanga ukulayisha amazwe noma izilimi ({ $error }).
preview-error-lookup = Ukusesha kuhlulekile ({ $error }).

## The answer.
preview-chat-shows = Lokho okuboniswa yingxoxo
preview-raw-json = I-JSON engacutshungulwanga
preview-meta-language = Ulimi: { $code } (umthombo: { $source })
preview-meta-country = Izwe: { $code } (umthombo: { $source })
preview-meta-country-unknown = Izwe: alaziwa
preview-meta-locale = Ulimi nesifunda: { $code }
preview-meta-lines = Olayini bosizo: { $count }
preview-international = Uhlu lwamazwe ngamazwe

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Okuphuthumayo:
preview-police = amaphoyisa
preview-ambulance = i-ambulensi
preview-fire = abacimi-mlilo
preview-open-now = Uvulekile manje
preview-closed-now = Uvaliwe manje
preview-hours-unknown = Amahora awaziwa
preview-action-call = Shayela { $number }
preview-action-text = Thumela i-SMS enombolweni { $number }
preview-action-chat = Ingxoxo
preview-action-website = Iwebhusayithi
preview-fact-languages = Izilimi: { $list }
preview-fact-languages-none = Izilimi: aziziwa
preview-fact-hours = Amahora: { $times }
preview-fact-checked = Kuqinisekiswe nomhlinzeki: { $date }
preview-fact-newest-source = Umthombo wakamuva: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Ubufakazi: ikhasi likalayini uqobo
preview-evidence-corroborated = Ubufakazi: abashicileli ababili abazimele
preview-evidence-single = Ubufakazi: uhlu olulodwa
preview-evidence-conflict = Ubufakazi: imithombo ayivumelani
preview-fact-country = Izwe: { $code }

## The coverage tab.
preview-coverage-summary = Amazwe nezindawo: { $total } · anolayini bosizo: { $covered } · anenombolo yezimo eziphuthumayo kuphela: { $uncovered }.
preview-coverage-age = Olayini umthombo wabo wakamuva odlule izinyanga ezingu-24: { $stale } kwabangu-{ $total }.
preview-map-caption = Imephu yomhlaba yobubanzi
preview-map-line = Kunolayini wosizo
preview-map-emergency = Inombolo yezimo eziphuthumayo kuphela
preview-map-none = Akukho kudathasethi
preview-coverage-legend = Imigqa egqamisiwe inenombolo yezimo eziphuthumayo kuphela, ngaphandle kolayini wosizo okhethiwe.
preview-coverage-caption = Amazwe nezindawo (hlela ngezinkinobho zamakholomu)
preview-column-code = Ikhodi
preview-column-lines = Olayini bosizo
preview-column-languages = Izilimi
preview-column-emergency = Okuphuthumayo
preview-column-stale = Olayini abasemithonjeni emidala
preview-emergency-only = okuphuthumayo kuphela
preview-error-countries = Akukwazekanga ukulayisha amazwe ({ $error }).

## The locales tab.
preview-locales-summary = Izilimi: { $total } · ezibuyekezwe isikhulumi somdabu: { $reviewed }.
preview-locales-caption = Izilimi ezifakiwe nesimo sokubuyekezwa kwazo
preview-column-native-name = Igama ngolimi lwalo
preview-column-direction = Indlela yokubhala
preview-column-review = Ukubuyekezwa
preview-reviewed = Kubuyekeziwe
preview-not-reviewed = Akubuyekezwanga
preview-error-locales = Akukwazekanga ukulayisha izilimi ({ $error }).
