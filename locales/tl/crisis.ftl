### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: see locales/en/crisis.ftl.
## Everyday Filipino with "ka/mo", as Philippine lines write to the public.
## [text]: $line_name follows the marker "ang" ("ang { $line_name }").
## [label]: it only stands before ":", with no marker.
## "bukas" means both "open" and "tomorrow": a closed line "magbubukas ulit",
## so "bukas" stays the day. $opens_at arrives as CLDR writes it ("9:00 AM").

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = Nalulungkot ako na pinagdadaanan mo ito, at natutuwa akong nagsabi ka sa akin. Hindi mo kailangang harapin ito nang mag-isa.

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] Puwede mong kontakin ang { $line_name } ngayon mismo: { support-reach }.{ support-free }
               *[label] May helpline na puwede mong kontakin ngayon mismo. { $line_name }: { support-reach }.{ support-free }
            }
        [closed]
            { $name_form ->
                [text] Sarado ngayon ang { $line_name } at magbubukas ulit { support-opens }: { support-reach }.{ support-free }
               *[label] Sarado ngayon ang helpline na ito at magbubukas ulit { support-opens }. { $line_name }: { support-reach }.{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] Puwede mong kontakin ang { $line_name }: { support-reach }.{ support-free }
               *[label] Narito ang isang helpline na puwede mong kontakin. { $line_name }: { support-reach }.{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] Makakahanap ka ng helpline sa bansa mo sa { $directory }.
               *[no] Makakahanap ka rin ng helpline sa { $directory }.
            }
    }

## When a closed line opens again: the day, then the time ("bukas nang 9:00 AM").
support-opens =
    { $opens_day ->
        [today] mamayang { $opens_at }
        [tomorrow] bukas nang { $opens_at }
        [mon] sa Lunes nang { $opens_at }
        [tue] sa Martes nang { $opens_at }
        [wed] sa Miyerkoles nang { $opens_at }
        [thu] sa Huwebes nang { $opens_at }
        [fri] sa Biyernes nang { $opens_at }
        [sat] sa Sabado nang { $opens_at }
        [sun] sa Linggo nang { $opens_at }
       *[none] sa ibang oras
    }

support-reach =
    { $reach ->
        [call] tumawag sa { $contact }
        [text] mag-text sa { $contact }
        [chat] makipag-chat online sa { $contact }
        [whatsapp] mag-message sa WhatsApp sa { $contact }
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
        [none] Kung nasa agarang panganib ka, tumawag agad sa emergency hotline sa lugar mo.
       *[other] Kung nasa agarang panganib ka, tumawag agad sa { $emergency }.
    }

support-closing = Makakatulong din ang makipag-usap sa taong pinagkakatiwalaan mo. Maaaring gumaan ang ganito kabigat na damdamin kapag may sumusuporta, at puwede mo pa rin akong kausapin.

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = Saang bansa ka naroon? Sabihin mo lang para maipakita ko sa iyo ang helpline sa bansa mo.

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] Sarado ngayon, magbubukas { summary-opens }{ summary-schedule }
       *[unknown] Walang nakalistang oras
    }

## When a closed line opens again, short ("bukas nang 9:00 AM").
summary-opens =
    { $opens_day ->
        [today] nang { $opens_at }
        [tomorrow] bukas nang { $opens_at }
        [mon] sa Lun nang { $opens_at }
        [tue] sa Mar nang { $opens_at }
        [wed] sa Miy nang { $opens_at }
        [thu] sa Huw nang { $opens_at }
        [fri] sa Biy nang { $opens_at }
        [sat] sa Sab nang { $opens_at }
        [sun] sa Lin nang { $opens_at }
       *[none] sa ibang oras
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
preview-protocol-link = Paano itinuturo ng serbisyong ito ang mga tao sa tulong
preview-intro = Para sa mga maintainer at integrator: ang ipapakita ng isang chatbot, binuo lamang mula sa pampublikong API. Huwag mag-paste dito ng totoong usapan.
preview-views = Mga view
preview-tab-lookup = Paghahanap
preview-tab-coverage = Saklaw
preview-tab-locales = Mga wika
preview-loading = Naglo-load…

## The lookup form.
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

## The answer.
preview-chat-shows = Ang ipinapakita ng chat
preview-raw-json = Raw na JSON
preview-meta-language = Wika: { $code } (mula sa { $source })
preview-meta-country = Bansa: { $code } (mula sa { $source })
preview-meta-country-unknown = Bansa: hindi alam
preview-meta-locale = Locale: { $code }
preview-meta-lines = Mga helpline: { $count }
preview-international = Mga internasyonal na direktoryo

## An answer's emergency numbers and cards, in the answer's language.
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
preview-fact-checked = Kinumpirma sa provider: { $date }
preview-fact-newest-source = Pinakabagong source: { $date }
## How well a line is backed, from best to weakest.
preview-evidence-provider = Batayan: sariling page ng linya
preview-evidence-corroborated = Batayan: dalawang magkahiwalay na publisher
preview-evidence-single = Batayan: isang listahan lang
preview-evidence-conflict = Batayan: hindi nagtutugma ang mga source
preview-fact-country = Bansa: { $code }

## The coverage tab.
preview-coverage-summary = Mga bansa at teritoryo: { $total } · may helpline: { $covered } · emergency number lang: { $uncovered }.
preview-coverage-age = Mga linyang lampas 24 na buwan na ang pinakabagong source: { $stale } sa { $total }.
preview-map-caption = Mapa ng saklaw sa buong mundo
preview-map-line = May helpline
preview-map-emergency = Emergency number lang
preview-map-none = Wala sa dataset
preview-coverage-legend = Ang mga naka-highlight na hilera ay may emergency number lang, walang napiling helpline.
preview-coverage-caption = Mga bansa at teritoryo (ayusin gamit ang mga button sa column)
preview-column-code = Code
preview-column-lines = Mga helpline
preview-column-languages = Mga wika
preview-column-emergency = Emergency
preview-column-stale = Mga linyang luma ang source
preview-emergency-only = emergency lang
preview-error-countries = Hindi ma-load ang mga bansa ({ $error }).

## The locales tab.
preview-locales-summary = Mga wika: { $total } · nasuri ng katutubong tagapagsalita: { $reviewed }.
preview-locales-caption = Mga kasamang wika at ang kalagayan ng pagsusuri
preview-column-native-name = Sariling pangalan
preview-column-direction = Direksyon
preview-column-review = Pagsusuri
preview-reviewed = Nasuri na
preview-not-reviewed = Hindi pa nasusuri
preview-error-locales = Hindi ma-load ang mga wika ({ $error }).
