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

support-opening = Je mi veľmi ľúto, čím si prechádzate, a je dobre, že o tom hovoríte. Nemusíte to zvládať bez pomoci.

support-body =
    { $line_state ->
        [open] Hneď teraz sa môžete obrátiť na linku { $line_name }: { support-reach }.{ support-free }
        [closed] Linka { $line_name } je teraz mimo prevádzky a znova bude dostupná od { $opens_at }: { support-reach }.{ support-free }
        [unknown] Môžete sa obrátiť na linku { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Na { $directory } nájdete linku pomoci vo svojom okolí.
           *[no] Ak mi napíšete, v ktorej krajine ste, nájdem vám linku pomoci vo vašom okolí. Nájdete ju aj na { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] zavolajte na číslo { $contact }
        [text] pošlite SMS na číslo { $contact }
        [chat] napíšte do chatu na { $contact }
        [whatsapp] napíšte cez WhatsApp na číslo { $contact }
       *[web] navštívte { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Je to zadarmo.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Ak ste v bezprostrednom ohrození, kontaktujte, prosím, hneď miestnu záchrannú službu.
       *[other] Ak ste v bezprostrednom ohrození, zavolajte hneď na { $emergency }.
    }

support-closing = Pomôcť môže aj rozhovor s niekým, komu dôverujete. S podporou môžu aj také ťažké pocity poľaviť a so mnou môžete hovoriť ďalej.

## The question asked when we do not know the person's country.
ask-country = V ktorej krajine ste? Potom vám môžem ukázať linku pomoci vo vašom okolí.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Volajte { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] Online chat{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] Zadarmo{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Nonstop
        [open] Teraz otvorené, do { $closes_at }{ summary-schedule }
        [closed] Teraz zatvorené, otvára o { $opens_at }{ summary-schedule }
       *[unknown] Prevádzkový čas neuvedený
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(denne { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}({ summary-first-day } { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] po
        [tue] ut
        [wed] st
        [thu] št
        [fri] pi
        [sat] so
       *[sun] ne
    }
summary-last-day =
    { $last ->
        [mon] po
        [tue] ut
        [wed] st
        [thu] št
        [fri] pi
        [sat] so
       *[sun] ne
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Náhľad crisis-lookup
preview-heading = náhľad
preview-skip = Prejsť na obsah
preview-intro = Pre správcov a integrátorov: čo by zobrazil chatbot, zostavené len z verejného API. Nevkladajte sem skutočné konverzácie.
preview-views = Zobrazenia
preview-tab-lookup = Vyhľadávanie
preview-tab-coverage = Pokrytie
preview-tab-locales = Jazykové verzie
preview-loading = Načítava sa…
preview-message = Správa
preview-message-hint = Slúži len na rozpoznanie jazyka.
preview-locale = Jazyková verzia
preview-locale-none = — žiadna —
preview-country = Krajina
preview-country-unknown = — neznáma —
preview-topics = Témy
preview-topics-hint = Oddelené čiarkami, napríklad: { $examples }
preview-channels = Kanály
preview-channel-phone = Telefón
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Vyhľadať
preview-error-vocabularies = Krajiny alebo jazykové verzie sa nepodarilo načítať ({ $error }).
preview-error-lookup = Vyhľadávanie sa nepodarilo ({ $error }).
preview-chat-shows = Čo zobrazí chat
preview-raw-json = Surový JSON
preview-meta-language = Jazyk: { $code } (podľa: { $source })
preview-meta-country = Krajina: { $code } (podľa: { $source })
preview-meta-country-unknown = Krajina: neznáma
preview-meta-locale = Jazyková verzia: { $code }
preview-meta-lines = Linky pomoci: { $count }
preview-international = Medzinárodné adresáre
preview-emergency = Tiesňové volanie:
preview-police = polícia
preview-ambulance = záchranná služba
preview-fire = hasiči
preview-open-now = Teraz otvorené
preview-closed-now = Teraz zatvorené
preview-hours-unknown = Prevádzkový čas neznámy
preview-action-call = Volajte { $number }
preview-action-text = SMS { $number }
preview-action-chat = Chat
preview-action-website = Web
preview-fact-languages = Jazyky: { $list }
preview-fact-languages-none = Jazyky: neuvedené
preview-fact-hours = Prevádzkový čas: { $times }
preview-fact-verified = Overené: { $date }
preview-fact-evidence = Zdroje: { $evidence }
preview-fact-country = Krajina: { $code }
preview-coverage-summary = Krajiny a územia: { $total } · s linkami pomoci: { $covered } · len s tiesňovým číslom: { $uncovered }.
preview-coverage-pending = Načítavajú sa dátumy overenia… zostáva: { $count }.
preview-coverage-oldest = Najstaršie overenie linky pomoci: { $date }.
preview-coverage-legend = Zvýraznené riadky majú len tiesňové číslo, žiadnu vybranú linku pomoci.
preview-coverage-caption = Krajiny a územia (zoraďte tlačidlami v stĺpcoch)
preview-column-code = Kód
preview-column-lines = Linky pomoci
preview-column-languages = Jazyky
preview-column-emergency = Tiesňové čísla
preview-column-verified = Najstaršie overenie
preview-emergency-only = len tiesňové číslo
preview-error-countries = Krajiny sa nepodarilo načítať ({ $error }).
preview-locales-summary = Jazykové verzie: { $total } · skontrolované rodeným hovoriacim: { $reviewed }.
preview-locales-caption = Dodávané jazykové verzie a stav ich kontroly
preview-column-native-name = Vlastný názov
preview-column-direction = Smer
preview-column-review = Kontrola
preview-reviewed = Skontrolované
preview-not-reviewed = Neskontrolované
preview-error-locales = Jazykové verzie sa nepodarilo načítať ({ $error }).
