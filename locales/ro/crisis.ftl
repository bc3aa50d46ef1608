### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message.
## Variables (full notes in locales/en/crisis.ftl):
##   $line_state  open | closed | unknown (hours not known) | none (no line to name)
##   $line_name   the first line's name; $name_form says which form:
##   $name_form   text: written to stand inside the [text] sentences below
##                (article, quotes or case as they need); label: only the
##                line's name, held as a label ("Name: …"), never in the grammar
##   $reach       call | text | chat | whatsapp | web: how to reach that line
##   $contact     the number or link, exactly as the dataset holds it
##   $opens_day   today | tomorrow | mon … sun (within the coming week) | none
##   $opens_at    the opening time, already in this locale's time format; "none" otherwise
##   $free        yes | unknown
##   $emergency   the country's emergency number, or "none" when not known
##   $country_known  yes | no (no: ask-country asks, so the message must not)
##   $directory   link of an international helpline directory

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Îmi pare foarte rău pentru ce trăiești acum și mă bucur că mi-ai spus. Nu trebuie să treci prin asta fără sprijin.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Poți contacta chiar acum linia { $line_name }: { support-reach }.{ support-free }
               *[label] Poți contacta chiar acum o linie de sprijin. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Linia { $line_name } nu răspunde în acest moment, dar va răspunde din nou { support-opens }: { support-reach }.{ support-free }
               *[label] Această linie de sprijin nu răspunde în acest moment, dar va răspunde din nou { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Poți contacta linia { $line_name }: { support-reach }.{ support-free }
               *[label] Iată o linie de sprijin pe care o poți contacta. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Pe { $directory } poți găsi o linie de sprijin din țara ta.
               *[no] Poți găsi o linie de sprijin și pe { $directory }.
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] astăzi la ora { $opens_at }
        [tomorrow] mâine la ora { $opens_at }
        [mon] luni la ora { $opens_at }
        [tue] marți la ora { $opens_at }
        [wed] miercuri la ora { $opens_at }
        [thu] joi la ora { $opens_at }
        [fri] vineri la ora { $opens_at }
        [sat] sâmbătă la ora { $opens_at }
        [sun] duminică la ora { $opens_at }
       *[none] mai târziu
    }

support-reach =
    { $reach ->
        [call] sună la { $contact }
        [text] trimite un SMS la { $contact }
        [chat] scrie pe chat la { $contact }
        [whatsapp] scrie pe WhatsApp la { $contact }
       *[web] intră pe { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Este gratuit.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Dacă ești în pericol imediat, te rog să contactezi acum serviciile de urgență din zona ta.
       *[other] Dacă ești în pericol imediat, sună acum la { $emergency }.
    }

support-closing = Poate ajuta și să vorbești cu cineva în care ai încredere. Cu sprijin, chiar și sentimente atât de grele se pot ușura, iar tu poți continua să vorbești cu mine.

## The question asked when we do not know the person's country (the
## message then names only the directory: this is the one place that asks).
ask-country = În ce țară te afli? Așa îți pot arăta o linie de sprijin din țara ta.

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
       *[other] Sună la { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS la { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Chat online{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Gratuit{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Disponibil non-stop
        [open] Deschis acum, până la { $closes_at }{ summary-schedule }
        [closed] Închis acum, se deschide { summary-opens }{ summary-schedule }
       *[unknown] Program nespecificat
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] la { $opens_at }
        [tomorrow] mâine la { $opens_at }
        [mon] lun. la { $opens_at }
        [tue] mar. la { $opens_at }
        [wed] mie. la { $opens_at }
        [thu] joi la { $opens_at }
        [fri] vin. la { $opens_at }
        [sat] sâm. la { $opens_at }
        [sun] dum. la { $opens_at }
       *[none] mai târziu
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(zilnic, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] lun.
        [tue] mar.
        [wed] mie.
        [thu] joi
        [fri] vin.
        [sat] sâm.
       *[sun] dum.
    }
summary-last-day =
    { $last ->
        [mon] lun.
        [tue] mar.
        [wed] mie.
        [thu] joi
        [fri] vin.
        [sat] sâm.
       *[sun] dum.
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Previzualizare crisis-lookup
preview-heading = previzualizare
preview-skip = Salt la conținut
preview-protocol-link = Cum îndrumă acest serviciu oamenii spre ajutor
preview-intro = Pentru cei care întrețin sau integrează serviciul: ce ar afișa un chatbot, construit doar din API-ul public. Nu lipi aici conversații reale.
preview-views = Vizualizări
preview-tab-lookup = Căutare
preview-tab-coverage = Acoperire
preview-tab-locales = Limbi
preview-loading = Se încarcă…

## The lookup form.
preview-message = Mesaj
preview-message-hint = Folosit doar pentru a recunoaște limba.
preview-locale = Setări regionale
preview-locale-none = — niciuna —
preview-country = Țară
preview-country-unknown = — necunoscută —
preview-topics = Teme
preview-topics-hint = Separate prin virgulă, de exemplu: { $examples }
preview-channels = Canale
preview-channel-phone = Telefon
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Caută
preview-error-vocabularies = Nu s-au putut încărca țările sau limbile ({ $error }).
preview-error-lookup = Căutarea nu a reușit ({ $error }).

## The answer.
preview-chat-shows = Ce afișează chatul
preview-raw-json = JSON brut
preview-meta-language = Limbă: { $code } (după { $source })
preview-meta-country = Țară: { $code } (după { $source })
preview-meta-country-unknown = Țară: necunoscută
preview-meta-locale = Setări regionale: { $code }
preview-meta-lines = Linii de sprijin: { $count }
preview-international = Cataloage internaționale

## An answer's emergency numbers and cards, in the answer's language.
preview-emergency = Urgențe:
preview-police = poliție
preview-ambulance = ambulanță
preview-fire = pompieri
preview-open-now = Deschis acum
preview-closed-now = Închis acum
preview-hours-unknown = Program necunoscut
preview-action-call = Sună la { $number }
preview-action-text = SMS la { $number }
preview-action-chat = Chat
preview-action-website = Site web
preview-fact-languages = Limbi: { $list }
preview-fact-languages-none = Limbi: nespecificate
preview-fact-hours = Program: { $times }
preview-fact-checked = Confirmat cu furnizorul: { $date }
preview-fact-newest-source = Cea mai recentă sursă: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Surse: pagina proprie a liniei
preview-evidence-corroborated = Surse: două publicații independente
preview-evidence-single = Surse: o singură listare
preview-evidence-conflict = Surse: contradictorii
preview-fact-country = Țară: { $code }

## The coverage tab.
preview-coverage-summary = Țări și teritorii: { $total } · cu linii de sprijin: { $covered } · doar număr de urgență: { $uncovered }.
preview-coverage-age = Linii a căror cea mai recentă sursă e mai veche de 24 de luni: { $stale } din { $total }.
preview-map-caption = Harta lumii: acoperire
preview-map-line = Are linie de sprijin
preview-map-emergency = Doar număr de urgență
preview-map-none = Nu apare în date
preview-coverage-legend = Rândurile evidențiate au doar un număr de urgență, fără o linie de sprijin selectată.
preview-coverage-caption = Țări și teritorii (sortează cu butoanele din coloane)
preview-column-code = Cod
preview-column-lines = Linii de sprijin
preview-column-languages = Limbi
preview-column-emergency = Urgențe
preview-column-stale = Linii cu surse vechi
preview-emergency-only = doar urgențe
preview-error-countries = Nu s-au putut încărca țările ({ $error }).

## The locales tab.
preview-locales-summary = Limbi: { $total } · revizuite de un vorbitor nativ: { $reviewed }.
preview-locales-caption = Limbile incluse și starea revizuirii lor
preview-column-native-name = Nume în limba respectivă
preview-column-direction = Direcție
preview-column-review = Revizuire
preview-reviewed = Revizuită
preview-not-reviewed = Nerevizuită
preview-error-locales = Nu s-au putut încărca limbile ({ $error }).
