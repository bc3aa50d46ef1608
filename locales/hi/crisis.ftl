### Supportive text shown to a person who may be in crisis.
### Follow docs/SAFE-MESSAGING.md: warm, short, hopeful, concrete.
### Every locale has exactly these message ids, with these variables.
### Machine-drafted; not yet reviewed by a native speaker (see locale.yaml).

## The ready-to-show message. Variables: as in locales/en/crisis.ftl.
##   $name_form  text: $line_name is the line's Hindi name, followed by a
##               separate postposition (से, की); label: only the line's name,
##               held as a label ("name: …").
##   $opens_at   already written as this locale writes a time ("9:00 am").
## No verb agrees with the reader's gender: forms like "मिल सकती है"
## (agreeing with मदद/हेल्पलाइन) and the polite "रखें/करें".
## Spelling with nukta: ख़तरा, मुफ़्त, ज़रूरी, रोज़, फ़ोन.

support-message = { support-opening } { support-body } { support-emergency } { support-closing }

support-opening = मुझे सच में दुख है कि आप पर इतना कुछ बीत रहा है, और अच्छा लगा कि आपने इसके बारे में बताया। इसका सामना आपको अकेले नहीं करना पड़ेगा।

support-body =
    { $line_state ->
        [open]
            { $name_form ->
                [text] अभी { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
               *[label] अभी एक हेल्पलाइन से मदद मिल सकती है। { $line_name }: { support-reach }।{ support-free }
            }
        [closed]
            { $name_form ->
                [text] { $line_name } की सेवा अभी बंद है और { support-opens } फिर से उपलब्ध होगी: { support-reach }।{ support-free }
               *[label] यह हेल्पलाइन अभी बंद है और { support-opens } फिर से उपलब्ध होगी। { $line_name }: { support-reach }।{ support-free }
            }
        [unknown]
            { $name_form ->
                [text] { $line_name } से मदद मिल सकती है: { support-reach }।{ support-free }
               *[label] इस हेल्पलाइन से मदद मिल सकती है। { $line_name }: { support-reach }।{ support-free }
            }
       *[none]
            { $country_known ->
                [yes] आपके देश की हेल्पलाइन { $directory } पर मिल सकती है।
               *[no] { $directory } पर भी हेल्पलाइन मिल सकती है।
            }
    }

## When a closed line opens again: the day, then the time.
support-opens =
    { $opens_day ->
        [today] आज { $opens_at } से
        [tomorrow] कल { $opens_at } से
        [mon] सोमवार को { $opens_at } से
        [tue] मंगलवार को { $opens_at } से
        [wed] बुधवार को { $opens_at } से
        [thu] गुरुवार को { $opens_at } से
        [fri] शुक्रवार को { $opens_at } से
        [sat] शनिवार को { $opens_at } से
        [sun] रविवार को { $opens_at } से
       *[none] कुछ समय बाद
    }

support-reach =
    { $reach ->
        [call] { $contact } पर कॉल करें
        [text] { $contact } पर SMS भेजें
        [chat] { $contact } पर ऑनलाइन चैट करें
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
        [none] अगर आप तत्काल ख़तरे में हैं, तो कृपया अभी अपने इलाक़े की आपातकालीन सेवाओं से संपर्क करें।
       *[other] अगर आप तत्काल ख़तरे में हैं, तो अभी { $emergency } पर कॉल करें।
    }

support-closing = किसी भरोसेमंद व्यक्ति से बात करना भी मदद कर सकता है। सहारा मिलने पर इतनी भारी भावनाएँ भी हल्की हो सकती हैं, और आप चाहें तो मुझसे बात जारी रखें।

## The question asked when we do not know the person's country; the message
## above then names only the directory.
ask-country = आप किस देश में हैं? बताने पर आपके देश की हेल्पलाइन दिखाई जा सकती है।

## One-line summary of a line. Variables: see locales/en/crisis.ftl.
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
        [closed] अभी बंद, { summary-opens } उपलब्ध{ summary-schedule }
       *[unknown] समय की जानकारी नहीं दी गई
    }

## When a closed line opens again, short.
summary-opens =
    { $opens_day ->
        [today] { $opens_at } से
        [tomorrow] कल { $opens_at } से
        [mon] सोम { $opens_at } से
        [tue] मंगल { $opens_at } से
        [wed] बुध { $opens_at } से
        [thu] गुरु { $opens_at } से
        [fri] शुक्र { $opens_at } से
        [sat] शनि { $opens_at } से
        [sun] रवि { $opens_at } से
       *[none] कुछ समय बाद
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
preview-protocol-link = यह सेवा लोगों को मदद तक कैसे पहुँचाती है
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
preview-fact-checked = सेवा-प्रदाता से जाँचा गया: { $date }
preview-fact-newest-source = सबसे नया स्रोत: { $date }
preview-evidence-provider = प्रमाण: हेल्पलाइन का अपना पेज
preview-evidence-corroborated = प्रमाण: दो स्वतंत्र प्रकाशक
preview-evidence-single = प्रमाण: एक सूची
preview-evidence-conflict = प्रमाण: स्रोतों में मतभेद
preview-fact-country = देश: { $code }
preview-coverage-summary = देश और क्षेत्र: { $total } · हेल्पलाइन वाले: { $covered } · सिर्फ़ आपातकालीन नंबर: { $uncovered }।
preview-coverage-age = हेल्पलाइन जिनका सबसे नया स्रोत 24 महीने से पुराना है: { $total } में से { $stale }।
preview-map-caption = कवरेज का विश्व मानचित्र
preview-map-line = हेल्पलाइन उपलब्ध
preview-map-emergency = सिर्फ़ आपातकालीन नंबर
preview-map-none = डेटासेट में नहीं
preview-coverage-legend = हाइलाइट की गई पंक्तियों में सिर्फ़ आपातकालीन नंबर है, कोई चुनी हुई हेल्पलाइन नहीं।
preview-coverage-caption = देश और क्षेत्र (कॉलम के बटनों से क्रम बदलें)
preview-column-code = कोड
preview-column-lines = हेल्पलाइन
preview-column-languages = भाषाएँ
preview-column-emergency = आपातकालीन
preview-column-stale = पुराने स्रोतों वाली हेल्पलाइन
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
