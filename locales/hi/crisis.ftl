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

support-opening = मुझे सच में दुख है कि आप पर इतना कुछ बीत रहा है, और अच्छा लगा कि आपने इसके बारे में बताया। इसका सामना आपको अकेले नहीं करना है।

support-body =
    { $line_state ->
        [open] अभी { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
        [closed] { $line_name } पर अभी सेवा बंद है, जो { $opens_at } बजे फिर शुरू होगी: { support-reach }।{ support-free }
        [unknown] { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
       *[none] { $country_known ->
            [yes] { $directory } पर अपने आस-पास की हेल्पलाइन खोजी जा सकती है।
           *[no] अगर आप बताएँ कि आप किस देश में हैं, तो आपके आस-पास की हेल्पलाइन बताई जा सकती है। { $directory } पर भी हेल्पलाइन खोजी जा सकती है।
        }
    }

support-reach =
    { $reach ->
        [call] { $contact } पर कॉल करें
        [text] { $contact } पर SMS भेजें
        [chat] { $contact } पर चैट करें
        [whatsapp] { $contact } पर WhatsApp संदेश भेजें
       *[web] { $contact } पर जाएँ
    }

support-free =
    { $free ->
        [yes] {" "}यह सेवा मुफ़्त है।
       *[other] {""}
    }

## The emergency sentence. $emergency: the number, or "none".
support-emergency =
    { $emergency ->
        [none] अगर आप तुरंत खतरे में हैं, तो कृपया अभी अपनी स्थानीय आपातकालीन सेवाओं से संपर्क करें।
       *[other] अगर आप तुरंत खतरे में हैं, तो अभी { $emergency } पर कॉल करें।
    }

support-closing = किसी भरोसेमंद व्यक्ति से बात करना भी मदद कर सकता है। सहारा मिलने पर इतनी भारी भावनाएँ भी हल्की हो सकती हैं। आप मुझसे बात जारी रखें, मैं यहीं हूँ।

## The question asked when we do not know the person's country.
ask-country = आप किस देश में हैं? बताने पर आपके आस-पास की हेल्पलाइन बताई जा सकती है।

## One-line summary of a line.
## Variables: $phone, $sms, $whatsapp (the number, or "none"), $chat (yes | no),
## $free (yes | unknown), $hours (always | open | closed | unknown),
## $closes_at / $opens_at ("22:30", or "none"),
## and for summary-schedule: $schedule, $first, $last, $from, $to (see there).
line-summary = { summary-phone }{ summary-sms }{ summary-chat }{ summary-whatsapp }{ summary-free }{ summary-hours }

summary-phone =
    { $phone ->
        [none] {""}
       *[other] कॉल: { $phone }{" · "}
    }
summary-sms =
    { $sms ->
        [none] {""}
       *[other] SMS: { $sms }{" · "}
    }
summary-chat =
    { $chat ->
        [yes] ऑनलाइन चैट{" · "}
       *[other] {""}
    }
summary-whatsapp =
    { $whatsapp ->
        [none] {""}
       *[other] WhatsApp: { $whatsapp }{" · "}
    }
summary-free =
    { $free ->
        [yes] मुफ़्त{" · "}
       *[other] {""}
    }
summary-hours =
    { $hours ->
        [always] 24x7 उपलब्ध
        [open] अभी उपलब्ध, { $closes_at } तक{ summary-schedule }
        [closed] अभी बंद, { $opens_at } से उपलब्ध{ summary-schedule }
       *[unknown] समय की जानकारी नहीं दी गई
    }

## The line's week in words, after whether it is open now; empty when no one
## phrase says it. Variables and forms: see locales/en/crisis.ftl.
summary-schedule =
    { $schedule ->
        [daily] {" "}(रोज़ { $from }–{ $to })
        [days] {" "}({ summary-first-day }–{ summary-last-day } { $from }–{ $to })
        [day] {" "}(हर { summary-first-day }वार { $from }–{ $to })
       *[none] {""}
    }
summary-first-day =
    { $first ->
        [mon] सोम
        [tue] मंगल
        [wed] बुध
        [thu] गुरु
        [fri] शुक्र
        [sat] शनि
       *[sun] रवि
    }
summary-last-day =
    { $last ->
        [mon] सोम
        [tue] मंगल
        [wed] बुध
        [thu] गुरु
        [fri] शुक्र
        [sat] शनि
       *[sun] रवि
    }

### The preview page (GET /), for maintainers and integrators.
### Placeholders and where each label shows: see locales/en/crisis.ftl.

preview-page-title = crisis-lookup प्रीव्यू
preview-heading = प्रीव्यू
preview-skip = मुख्य सामग्री पर जाएँ
preview-intro = मेंटेनर और इंटीग्रेटर के लिए: कोई चैटबॉट क्या दिखाएगा, सिर्फ़ सार्वजनिक API से बना। यहाँ असली बातचीत पेस्ट न करें।
preview-views = व्यू
preview-tab-lookup = खोज
preview-tab-coverage = कवरेज
preview-tab-locales = लोकेल
preview-loading = लोड हो रहा है…
preview-message = संदेश
preview-message-hint = सिर्फ़ भाषा पहचानने के लिए इस्तेमाल होता है।
preview-locale = लोकेल
preview-locale-none = — कोई नहीं —
preview-country = देश
preview-country-unknown = — अज्ञात —
preview-topics = विषय
preview-topics-hint = कॉमा से अलग करें, जैसे: { $examples }
preview-channels = माध्यम
preview-channel-phone = फ़ोन
preview-channel-sms = SMS
preview-channel-chat = चैट
preview-submit = खोजें
preview-error-vocabularies = देश या लोकेल लोड नहीं हो सके ({ $error })।
preview-error-lookup = खोज नहीं हो सकी ({ $error })।
preview-chat-shows = चैट में क्या दिखेगा
preview-raw-json = मूल JSON
preview-meta-language = भाषा: { $code } ({ $source } के आधार पर)
preview-meta-country = देश: { $code } ({ $source } के आधार पर)
preview-meta-country-unknown = देश: अज्ञात
preview-meta-locale = लोकेल: { $code }
preview-meta-lines = हेल्पलाइन: { $count }
preview-international = अंतरराष्ट्रीय सूचियाँ
preview-emergency = आपातकालीन:
preview-police = पुलिस
preview-ambulance = एम्बुलेंस
preview-fire = दमकल
preview-open-now = अभी उपलब्ध
preview-closed-now = अभी बंद
preview-hours-unknown = समय की जानकारी नहीं
preview-action-call = कॉल: { $number }
preview-action-text = SMS: { $number }
preview-action-chat = चैट
preview-action-website = वेबसाइट
preview-fact-languages = भाषाएँ: { $list }
preview-fact-languages-none = भाषाएँ: नहीं बताई गईं
preview-fact-hours = समय: { $times }
preview-fact-verified = जाँचा गया: { $date }
preview-fact-evidence = प्रमाण: { $evidence }
preview-fact-country = देश: { $code }
preview-coverage-summary = देश और क्षेत्र: { $total } · हेल्पलाइन वाले: { $covered } · सिर्फ़ आपातकालीन नंबर: { $uncovered }।
preview-coverage-pending = जाँच की तारीखें पढ़ी जा रही हैं… बाकी: { $count }।
preview-coverage-oldest = किसी हेल्पलाइन की सबसे पुरानी जाँच: { $date }।
preview-coverage-legend = हाइलाइट की गई पंक्तियों में सिर्फ़ आपातकालीन नंबर है, कोई चुनी हुई हेल्पलाइन नहीं।
preview-coverage-caption = देश और क्षेत्र (कॉलम के बटनों से क्रम बदलें)
preview-column-code = कोड
preview-column-lines = हेल्पलाइन
preview-column-languages = भाषाएँ
preview-column-emergency = आपातकालीन
preview-column-verified = सबसे पुरानी जाँच
preview-emergency-only = सिर्फ़ आपातकालीन
preview-error-countries = देश लोड नहीं हो सके ({ $error })।
preview-locales-summary = लोकेल: { $total } · मातृभाषी द्वारा जाँचे गए: { $reviewed }।
preview-locales-caption = शामिल लोकेल और उनकी समीक्षा की स्थिति
preview-column-native-name = अपनी भाषा में नाम
preview-column-direction = दिशा
preview-column-review = समीक्षा
preview-reviewed = समीक्षा हो चुकी
preview-not-reviewed = समीक्षा नहीं हुई
preview-error-locales = लोकेल लोड नहीं हो सके ({ $error })।
