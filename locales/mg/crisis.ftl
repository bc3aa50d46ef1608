### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).
### Register: ianao, as Malagasy public messages address one reader.

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## [text]: $line_name is the subject at the end of the clause
## ("Azonao ifandraisana izao ny ..."), so its form carries its own
## determiner (ny / i); never at the start of a sentence.
## [label]: $line_name only stands before ":", as a label.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Tena mampalahelo ahy ny zava-tsarotra iainanao, ary faly aho fa nilaza tamiko ianao. Tsy voatery hiatrika izany irery ianao.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Azonao ifandraisana izao { $line_name }: { support-reach }.{ support-free }
               *[label] Misy laharana fanampiana azonao ifandraisana izao. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Mikatona izao { $line_name }, fa hisokatra indray { support-opens }. Rehefa misokatra, { support-reach }.{ support-free }
               *[label] Mikatona izao ity laharana fanampiana ity, fa hisokatra indray { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Azonao ifandraisana { $line_name }: { support-reach }.{ support-free }
               *[label] Indro laharana fanampiana azonao ifandraisana. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Raha hitady laharana fanampiana ao amin'ny firenenao, tsidiho ny { $directory }.
               *[no] Azonao atao koa ny mitady laharana fanampiana ao amin'ny { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] anio amin'ny { $opens_at }
        [tomorrow] rahampitso amin'ny { $opens_at }
        [mon] ny Alatsinainy amin'ny { $opens_at }
        [tue] ny Talata amin'ny { $opens_at }
        [wed] ny Alarobia amin'ny { $opens_at }
        [thu] ny Alakamisy amin'ny { $opens_at }
        [fri] ny Zoma amin'ny { $opens_at }
        [sat] ny Asabotsy amin'ny { $opens_at }
        [sun] ny Alahady amin'ny { $opens_at }
       *[none] any aoriana
    }

support-reach =
    { $reach ->
        [call] antsoy ny { $contact }
        [text] mandefasa SMS amin'ny { $contact }
        [chat] miresaha an-tserasera ao amin'ny { $contact }
        [whatsapp] mandefasa hafatra WhatsApp amin'ny { $contact }
       *[web] tsidiho ny { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Maimaimpoana izany.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Raha tandindonin-doza ianao izao, mifandraisa avy hatrany amin'ny tolotra vonjy maika eo amin'ny faritra misy anao.
       *[other] Raha tandindonin-doza ianao izao, antsoy avy hatrany ny { $emergency }.
    }

support-closing = Mety hanampy koa ny miresaka amin'olona atokisanao. Mety hihamaivana ireo fihetseham-po mavesatra toy izao rehefa misy manohana anao, ary afaka manohy miresaka amiko ianao.

## The question asked when we do not know the person's country (the message
## above then names only the directory).
ask-country = Any amin'ny firenena inona ianao izao? Avy eo dia afaka hanoro anao laharana fanampiana ao amin'ny firenenao aho.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Antsoy ny { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Resaka an-tserasera{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Maimaimpoana{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Misokatra 24 ora isan'andro
        [open] Misokatra izao, hatramin'ny { $closes_at }{ summary-schedule }
        [closed] Mikatona izao, hisokatra { summary-opens }{ summary-schedule }
       *[unknown] Tsy voalaza ny ora fiasana
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] anio amin'ny { $opens_at }
        [tomorrow] rahampitso amin'ny { $opens_at }
        [mon] ny Alatsinainy amin'ny { $opens_at }
        [tue] ny Talata amin'ny { $opens_at }
        [wed] ny Alarobia amin'ny { $opens_at }
        [thu] ny Alakamisy amin'ny { $opens_at }
        [fri] ny Zoma amin'ny { $opens_at }
        [sat] ny Asabotsy amin'ny { $opens_at }
        [sun] ny Alahady amin'ny { $opens_at }
       *[none] any aoriana
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(isan'andro, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Alatsinainy
        [tue] Talata
        [wed] Alarobia
        [thu] Alakamisy
        [fri] Zoma
        [sat] Asabotsy
       *[sun] Alahady
    }
summary-last-day =
    { $last ->
        [mon] Alatsinainy
        [tue] Talata
        [wed] Alarobia
        [thu] Alakamisy
        [fri] Zoma
        [sat] Asabotsy
       *[sun] Alahady
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Topimaso crisis-lookup
preview-heading = topimaso
preview-skip = Handeha any amin'ny votoaty
preview-protocol-link = Ny fomba anoroan'ity tolotra ity ny olona any amin'ny fanampiana
preview-intro = Ho an'ny mpikojakoja sy ny mpampifandray: izay hasehon'ny chatbot, natao tamin'ny API ho an'ny besinimaro ihany. Aza apetaka eto ny resaka tena izy.
preview-views = Fijery
preview-tab-lookup = Fikarohana
preview-tab-coverage = Fandrakofana
preview-tab-locales = Fiteny
preview-loading = Andraso kely…

## The lookup form.
preview-message = Hafatra
preview-message-hint = Ampiasaina hamantarana ny fiteny ihany.
preview-locale = Fiteny sy faritra
preview-locale-none = — tsy misy —
preview-country = Firenena
preview-country-unknown = — tsy fantatra —
preview-topics = Lohahevitra
preview-topics-hint = Sarahana amin'ny faingo, ohatra: { $examples }
preview-channels = Fomba fifandraisana
preview-channel-phone = Telefaonina
preview-channel-sms = SMS
preview-channel-chat = Resaka an-tserasera
preview-submit = Karohy
preview-error-vocabularies = Tsy voavaky ny firenena na ny fiteny ({ $error }).
preview-error-lookup = Tsy nahomby ny fikarohana ({ $error }).

## The answer.
preview-chat-shows = Izay hasehon'ny chat
preview-raw-json = JSON manta
preview-meta-language = Fiteny: { $code } (loharano: { $source })
preview-meta-country = Firenena: { $code } (loharano: { $source })
preview-meta-country-unknown = Firenena: tsy fantatra
preview-meta-locale = Fiteny sy faritra: { $code }
preview-meta-lines = Laharana fanampiana: { $count }
preview-international = Lisitra iraisam-pirenena

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Vonjy maika:
preview-police = polisy
preview-ambulance = fiara mpitondra marary
preview-fire = mpamonjy voina
preview-open-now = Misokatra izao
preview-closed-now = Mikatona izao
preview-hours-unknown = Tsy fantatra ny ora fiasana
preview-action-call = Antsoy ny { $number }
preview-action-text = SMS amin'ny { $number }
preview-action-chat = Resaka an-tserasera
preview-action-website = Tranonkala
preview-fact-languages = Fiteny: { $list }
preview-fact-languages-none = Fiteny: tsy voalaza
preview-fact-hours = Ora fiasana: { $times }
preview-fact-checked = Nohamarinina tamin'ny tompon'ny tolotra: { $date }
preview-fact-newest-source = Loharano vaovao indrindra: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Porofo: ny pejin'ilay laharana ihany
preview-evidence-corroborated = Porofo: mpamoaka roa tsy miankina
preview-evidence-single = Porofo: lisitra iray
preview-evidence-conflict = Porofo: tsy mitovy ny loharano
preview-fact-country = Firenena: { $code }

## The coverage tab.
preview-coverage-summary = Firenena sy faritany: { $total } · manana laharana fanampiana: { $covered } · laharana vonjy maika ihany: { $uncovered }.
preview-coverage-age = Laharana efa mihoatra ny 24 volana ny loharano vaovao indrindra: { $stale } amin'ny { $total }.
preview-map-caption = Sarintanin'izao tontolo izao mampiseho ny fandrakofana
preview-map-line = Manana laharana fanampiana
preview-map-emergency = Laharana vonjy maika ihany
preview-map-none = Tsy ao amin'ny angona
preview-coverage-legend = Ny andalana misongadina dia manana laharana vonjy maika ihany, tsy misy laharana fanampiana voafantina.
preview-coverage-caption = Firenena sy faritany (alaharo amin'ny bokotry ny tsanganana)
preview-column-code = Kaody
preview-column-lines = Laharana fanampiana
preview-column-languages = Fiteny
preview-column-emergency = Vonjy maika
preview-column-stale = Laharana miankina amin'ny loharano tranainy
preview-emergency-only = vonjy maika ihany
preview-error-countries = Tsy voavaky ny firenena ({ $error }).

## The locales tab.
preview-locales-summary = Fiteny: { $total } · novakian'ny olona tompon'ilay fiteny: { $reviewed }.
preview-locales-caption = Fiteny misy sy ny fandinihana azy
preview-column-native-name = Anarana amin'ilay fiteny
preview-column-direction = Fitodiky ny soratra
preview-column-review = Fandinihana
preview-reviewed = Voadinika
preview-not-reviewed = Tsy mbola voadinika
preview-error-locales = Tsy voavaky ny fiteny ({ $error }).
