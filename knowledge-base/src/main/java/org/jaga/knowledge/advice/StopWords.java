package org.jaga.knowledge.advice;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.jaga.knowledge.language.Language;

/**
 * Function words of the Latin-script languages, already folded (no diacritics), that would
 * otherwise let "tell me a joke" share two words with an advisory. The other scripts need no list:
 * {@link LexicalIndex} ignores any word found in a large share of a language's advisories.
 */
final class StopWords {

    private static final List<String> ENGLISH = words(
            "a an and are as at be but by for if in into is it no not of on or such that the their then there these"
                    + " they this to was will with i i'm me my mine you your yours we our us he him his she her it's"
                    + " what how why when where which who whom can could do does did done have has had would should"
                    + " shall may might must about from get got tell say said want need here so just also very too"
                    + " any some all one ok okay please thanks thank hi hello yes yeah good morning");

    private static final List<String> INDONESIAN_MALAY =
            words("yang dan di ke dari ini itu untuk dengan ada tidak tak nggak gak enggak apa apakah bagaimana gimana"
                    + " macam mana kenapa mengapa siapa saya aku kamu anda awak dia kami kita mereka ya kak bang sih dong"
                    + " kah lah pun juga atau jika kalau kalo boleh bisa harus perlu akan sudah udah belum lagi saja aja"
                    + " je ke betul benar tolong terima kasih halo hai");

    private static final List<String> FILIPINO = words(
            "ang ng sa na at ay mga si ni kay ko mo ka ako ikaw siya kami tayo sila ba po opo ito iyan iyon yan yun"
                    + " ano paano bakit saan sino kung pero o hindi oo lang din rin naman pa nga kasi para may mayroon"
                    + " puwede pwede dapat salamat hello hi");

    private static final List<String> VIETNAMESE =
            words("la va cua co khong the nao gi sao thi ma cho voi o tai toi em anh chi ban minh ho no nay do kia a a"
                    + " u nhe vay duoc phai se da dang can muon hay hoac neu nhung cac mot nhu xin cam on chao");

    private StopWords() {}

    /** @return the stop words of a language; empty for languages not written in Latin script */
    static CharArraySet of(Language language) {
        List<String> words =
                switch (language) {
                    case ENGLISH -> ENGLISH;
                    case INDONESIAN, MALAY -> INDONESIAN_MALAY;
                    case FILIPINO -> FILIPINO;
                    case VIETNAMESE -> VIETNAMESE;
                    default -> List.of();
                };
        return CharArraySet.unmodifiableSet(new CharArraySet(words, false));
    }

    private static List<String> words(String spaced) {
        return Arrays.asList(spaced.split(" +"));
    }
}
