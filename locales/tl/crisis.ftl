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

support-opening = Nalulungkot ako na pinagdadaanan mo ito, at natutuwa akong nagsabi ka. Hindi mo kailangang harapin ito nang mag-isa.

support-body =
    { $line_state ->
        [open] Puwede mong kontakin ang { $line_name } ngayon mismo: { support-reach }.{ support-free }
        [closed] Sarado ngayon ang { $line_name } at bukas ulit simula { $opens_at }: { support-reach }.{ support-free }
        [unknown] Puwede mong kontakin ang { $line_name }: { support-reach }.{ support-free }
       *[none] { $country_known ->
            [yes] Makakahanap ka ng helpline na malapit sa iyo sa { $directory }.
           *[no] Kung sasabihin mo kung saang bansa ka naroon, mahahanapan kita ng helpline na malapit sa iyo. Makakahanap ka rin sa { $directory }.
        }
    }

support-reach =
    { $reach ->
        [call] tumawag sa { $contact }
        [text] mag-text sa { $contact }
        [chat] makipag-chat sa kanila sa { $contact }
        [whatsapp] mag-message sa kanila sa WhatsApp sa { $contact }
       *[web] pumunta sa { $contact }
    }

support-free =
    { $free ->
        [yes] {" "}Libre ito.
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] Kung nasa agarang panganib ka, makipag-ugnayan agad sa mga emergency service sa lugar mo.
       *[other] Kung nasa agarang panganib ka, tumawag agad sa { $emergency }.
    }

support-closing = Makakatulong din ang makipag-usap sa taong pinagkakatiwalaan mo. Maaaring gumaan ang ganito kabigat na damdamin kapag may sumusuporta, at puwede kang patuloy na makipag-usap sa akin.

## The question asked when we do not know the person's country.
ask-country = Saang bansa ka naroon? Para maipakita ko sa iyo ang helpline na malapit sa iyo.

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] Tumawag sa { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] Mag-text sa { $sms }{" · "}
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
        [yes] Libre{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] Bukas 24/7
        [open] Bukas ngayon, hanggang { $closes_at }{ summary-schedule }
        [closed] Sarado ngayon, bubukas nang { $opens_at }{ summary-schedule }
       *[unknown] Walang nakalistang oras
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(araw-araw, { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day }, { $from }–{ $to })
        [day] {" "}({ summary-first-day }, { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] Lun
        [tue] Mar
        [wed] Miy
        [thu] Huw
        [fri] Biy
        [sat] Sab
       *[sun] Lin
    }
summary-last-day =
    { $last ->
        [mon] Lun
        [tue] Mar
        [wed] Miy
        [thu] Huw
        [fri] Biy
        [sat] Sab
       *[sun] Lin
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = Preview ng crisis-lookup
preview-heading = preview
preview-skip = Lumaktaw sa nilalaman
preview-intro = Para sa mga maintainer at integrator: ang ipapakita ng isang chatbot, binuo lamang mula sa pampublikong API. Huwag mag-paste dito ng totoong usapan.
preview-views = Mga view
preview-tab-lookup = Paghahanap
preview-tab-coverage = Saklaw
preview-tab-locales = Mga wika
preview-loading = Naglo-load…
preview-message = Mensahe
preview-message-hint = Ginagamit lamang para matukoy ang wika.
preview-locale = Locale
preview-locale-none = — wala —
preview-country = Bansa
preview-country-unknown = — hindi alam —
preview-topics = Mga paksa
preview-topics-hint = Pinaghihiwalay ng kuwit, halimbawa: { $examples }
preview-channels = Mga channel
preview-channel-phone = Telepono
preview-channel-sms = SMS
preview-channel-chat = Chat
preview-submit = Hanapin
preview-error-vocabularies = Hindi ma-load ang mga bansa o wika ({ $error }).
preview-error-lookup = Hindi natuloy ang paghahanap ({ $error }).
preview-chat-shows = Ang ipinapakita ng chat
preview-raw-json = Raw na JSON
preview-meta-language = Wika: { $code } (mula sa { $source })
preview-meta-country = Bansa: { $code } (mula sa { $source })
preview-meta-country-unknown = Bansa: hindi alam
preview-meta-locale = Locale: { $code }
preview-meta-lines = Mga helpline: { $count }
preview-international = Mga internasyonal na direktoryo
preview-emergency = Emergency:
preview-police = pulis
preview-ambulance = ambulansya
preview-fire = bumbero
preview-open-now = Bukas ngayon
preview-closed-now = Sarado ngayon
preview-hours-unknown = Hindi alam ang oras
preview-action-call = Tumawag sa { $number }
preview-action-text = Mag-text sa { $number }
preview-action-chat = Chat
preview-action-website = Website
preview-fact-languages = Mga wika: { $list }
preview-fact-languages-none = Mga wika: hindi nakalista
preview-fact-hours = Oras: { $times }
preview-fact-verified = Na-verify: { $date }
preview-fact-evidence = Batayan: { $evidence }
preview-fact-country = Bansa: { $code }
preview-coverage-summary = Mga bansa at teritoryo: { $total } · may helpline: { $covered } · emergency number lang: { $uncovered }.
preview-coverage-pending = Binabasa ang mga petsa ng pag-verify… natitira: { $count }.
preview-coverage-oldest = Pinakalumang pag-verify ng isang helpline: { $date }.
preview-coverage-legend = Ang mga naka-highlight na hilera ay may emergency number lang, walang napiling helpline.
preview-coverage-caption = Mga bansa at teritoryo (ayusin gamit ang mga button sa column)
preview-column-code = Code
preview-column-lines = Mga helpline
preview-column-languages = Mga wika
preview-column-emergency = Emergency
preview-column-verified = Pinakalumang pag-verify
preview-emergency-only = emergency lang
preview-error-countries = Hindi ma-load ang mga bansa ({ $error }).
preview-locales-summary = Mga wika: { $total } · nasuri ng katutubong tagapagsalita: { $reviewed }.
preview-locales-caption = Mga kasamang wika at ang kalagayan ng pagsusuri
preview-column-native-name = Sariling pangalan
preview-column-direction = Direksyon
preview-column-review = Pagsusuri
preview-reviewed = Nasuri na
preview-not-reviewed = Hindi pa nasusuri
preview-error-locales = Hindi ma-load ang mga wika ({ $error }).
