/**
 * Given names and the sex they almost always have in English-language news: common US and UK names with their
 * usual short forms, and names common in international news (European, Latin American, Arabic, Persian, Turkish,
 * South Asian, African, Russian and Ukrainian). compromise's lexicon leaves many of them without a sex ("Bill" and
 * "Mark" are also common words, "Arvind" and "Reuven" it does not know), so a name's sex comes from this table where
 * the lexicon gives none (entities.ts).
 *
 * Names that news often gives to either sex are left out: Jordan, Kim, Robin, Leslie, Jean, Taylor, Terry, Tracy,
 * Lee, Dana, Jamie, Casey, Morgan, Alex, Sam, Chris, Pat, Kelly, Ashley, Lindsey, Andrea, Nicola, Michele, Simone,
 * Jan, Hilary, Evelyn, Alexis, Ariel, Sasha, Nikita, Dominique …
 *
 * Lower case, as tokens' `lower`; one name a word, hyphenated given names as one word ("jean-claude").
 */

const MALE = `
  aaron abbas abdel abdul abdullah abe abraham adam adrian ahmad ahmed ahmet akbar al alan alastair albert alberto
  alec alejandro aleksandr alessandro alexander alexandre alexei alexey alfonso alfred alfredo ali alistair allen alvaro
  amir amit anders andre andrei andres andrew andrzej andy angelo angus anil anthony antoine anton antonin antonio anwar
  archie arnold arsene arseniy art arthur arvind ashok asif augusto austin avigdor bart barack barney barry bashar
  ben benedict benjamin benny benoit bernard bernie bert bill billy binali bob bobby boris brad bradley brandon brendan
  brent brett brian bruce bruno bryan bud buddy byron calvin carl carlos carlton cecil cesar chad charles charlie chester
  chuck claude clarence clifford clint clyde cody colin conor connor corey cory craig curt curtis cyril dale
  damian dan daniel danny darius darrell darren daryl dave david dean dennis denis derek desmond dick diego dmitri dmitry
  dominic don donald doug douglas duncan dustin dwayne dwight earl ed eddie edgar edmund eduardo edward edwin ehud elijah
  elliot elliott elon emil emilio emmanuel enrique eric erik ernest ernesto ernie ethan eugene evan evo ezra fahd faisal
  farid felipe felix fernando fidel floyd francesco francis francisco francois françois frank frankie franklin fred
  freddie frederick fredrik fumio gabriel gareth garrett gary gavin gene geoffrey george gerald gerard gerhard gilbert
  giorgio giovanni giuseppe glen glenn gordon graham grant greg gregory guillermo gustavo guy hamad hamid hank hans harold
  harry harvey hassan hector heinz helmut henri henry herbert herman hiroshi horst hosni howard hugh hugo humberto
  hussein husain ian ibrahim igor imran isaac ismail ivan jack jacob jacques jaime jair jake jamal james jared jason
  javad javier jay jean-claude jean-luc jean-marc jean-pierre jean-yves jeb jeff jeffrey jens jeremiah jeremy jerome
  jerry jim jimmy joachim joaquin joe joel joey johann john johnny jon jonah jonathan jorge jose josé joseph josh joshua
  juan julian julio junichiro justin kamal karim karl keir keith ken kenneth kenny kevin khaled khalid khalil kirk
  kofi konstantin kurt kwame kyle lance larry lars laurent lawrence leo leon leonard leonardo liam lincoln lloyd louis
  luca lucas luigi luis luiz luke lyndon mahmoud malcolm manmohan manuel marc marcel marco marcus mario mark marshall
  martin marty marvin mateo matt matteo matthew matthias maurice mauricio max maxim maximilian mehmet melvin michael
  miguel mikhail mike miles milton mitch mitchell mitt moe mohamed mohammad mohammed moshe muhammad muhammadu mustafa
  naftali narendra nasser nathan nathaniel nawaz ned neil nelson newt nicholas nick nicolas nicolás nigel nikolai noah
  norman olaf oleg oliver omar orrin oscar osama otto owen pablo paolo patrick paul pavel pedro percy pervez pete peter
  petro phil philip philippe pierre piotr rafael rahm rahul raj rajiv ralph ramon rand randall randolph randy raphael
  rashid raul raúl ray raymond recep reggie reginald reuven rex reza ricardo rich richard rick ricky rob robbie
  robert roberto rod rodney rodrigo roger roland rolf roman ron ronald ronnie ross roy ruben rudolph rudy rupert russ
  russell ryan saad saddam salman salvador samir samuel sanjay santiago saul scott sean sebastian sergei sergey sergio
  seth shahid shane shaun shawn sheldon sherrod shimon shinzo sigmar silvio simon sohail stan stanley stefan stephen
  steve steven stuart sunil sylvester tariq ted teddy theodore thomas tim timothy toby todd tom tommy tony travis trey
  troy tyler uhuru umar vernon victor vijay vince vincent viktor vladimir volodymyr wade wally walid walter warren wayne
  wes wesley wilbur will willard william willie wolfgang xavier yair yasser yitzhak yoshihide youssef yukio yuri yusuf
  zach zachary zbigniew
`;

const FEMALE = `
  abby abigail ada adele adriana agnes aisha alexandra alexandria alice alicia alison allison alma amanda amber amelia
  amina amy ana anastasia angela angelina angelique anita ann anna anne annette annie antoinette april arlene audrey
  ayesha barbara beatrice beatriz becky belinda benazir bernadette beth betsy betty beverly bianca bonnie brenda bridget
  brigitte brittany brooke camila candice carla carly carmen carol carole caroline carolyn cassandra catherine cathy
  cecilia celia charlotte chelsea cheryl christina christine cindy claire clara claudia colleen condoleezza connie
  constance cristina cynthia daisy daniela danielle daphne darlene dawn debbie debora deborah debra delia denise diana
  diane dianne dilma dolores donna doreen doris dorothy edith eileen elaine eleanor elena elisa elisabeth elise
  eliza elizabeth ella ellen eloise elsa elsie emilia emily emma erica erika erin esther ethel eugenia eva eve farah
  farzana fatima fatma faye fiona florence frances francesca gabriela gabrielle gail gemma georgia geraldine ghazala
  gillian gina giorgia gladys gloria grace greta gretchen gwen gwendolyn hannah harriet hazel heather heidi helen helena
  hilda hillary holly hope huma ileana ines ingrid irene iris isabel isabella isabelle jackie jacqueline jacinda
  jane janet janice janine jeanne jeannette jennifer jenny jessica jill jillian joan joanna joanne jocelyn josephine joy
  joyce juana judith judy julia juliana julie juliet june justine kamala karen karin karina kate katharine katherine
  kathleen kathryn kathy katie katrina kayla khadija kirsten kirsty kristen kristin kristina laura lauren
  layla leila lena liliana lillian lily linda lisa liz lizzie lois loretta lorraine louise lucia lucy luisa lydia madeleine
  madeline madonna maggie malala malia mamata marcia margaret margarita margot maria mariana marianne marie marina
  marisol marjorie marsha martha mary maryam maureen maxine megan meghan melanie melinda melissa mercedes
  meredith mia michaela michelle mildred miriam molly monica nadia nancy naomi natalia natalie natasha nathalie nellie
  nicole nikki nina nora norma olga olivia pamela patricia patsy patty paula pauline peggy penelope penny phyllis
  priscilla priti priya rachel rania rebecca regina renata rhonda rita roberta rosa rosalind rose rosemary roxanne ruth
  sabrina sally samantha sandra sara sarah segolene ségolène selena serena shannon sharon sheila shelley sherry shirley
  sonia sophia sophie stacey stella stephanie sue susan susana suzanne sylvia tamara tammy tanya teresa tessa theresa
  tiffany tina tracey tulsi ursula valentina valerie vanessa vera veronica vicki vickie victoria viola violet virginia
  vivian wanda wendy whitney winifred winnie yasmin yolanda yulia yvette yvonne zainab zoe
`;

/** The sex of a given name, by its lower-case form. */
export const GIVEN_NAME_SEX: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ...MALE.split(/\s+/).filter(Boolean).map((n) => [n, 'male'] as const),
  ...FEMALE.split(/\s+/).filter(Boolean).map((n) => [n, 'female'] as const),
]);
