/**
 * Given names common in German, Austrian, English-language and international
 * news. A capitalized word after one is read as a surname.
 */
export const firstNames: readonly string[] = `
Aaron Adam Adrian Agnes Ahmed Alain Alan Albert Alberto Alexander Alexandra Alexandre Alexis Alfred Ali Alice Alison Alois Amanda Amy Ana Anders
Andrea Andreas Andrew Andrzej Andy Angela Angelika Anita Anja Ann Anna Anne Annegret Annette Anthony Anton Antonio Arnold Arthur Astrid Axel
Barack Barbara Beate Ben Benedikt Benjamin Bernard Bernd Bernhard Bert Bettina Bill Birgit Björn Bob Boris Brad Brian Bruce Bruno Burkhard
Carl Carla Carlos Carol Caroline Catherine Charles Charlotte Chris Christa Christian Christiane Christina Christine Christoph Christopher Claudia Claus Colin Cornelia Craig
Dagmar Dan Daniel Daniela Dario David Dennis Dieter Dietmar Dietrich Dirk Dmitry Dominik Donald Doris Dorothee Doug Douglas
Ed Eddie Edgar Edith Eduard Edward Elisabeth Elizabeth Ellen Elmar Elon Emily Emma Emmanuel Enrico Eric Erich Erik Erika Ernst Erwin Eva Evelyn
Fabian Felix Ferdinand Florian Francesco Francis Franco Frank Franz Frederick Friedrich Fritz
Gabriel Gabriele Gary Gavin Georg George Gerald Gerd Gerhard Gernot Gerold Gertrud Gina Gisela Giuseppe Gordon Gottfried Greg Gregor Gregory Gudrun Guido Günter Günther Gustav
Hannes Hanna Hannah Hans Harald Harry Hartmut Heide Heidi Heike Heiko Heinrich Heinz Helen Helena Helga Hellmuth Helmut Helmuth Henrik Henry Herbert Hermann Hilde Hiroshi Holger Horst Howard Hubert Hugo
Ian Igor Ilse Ina Inge Ingo Ingrid Irene Iris Isabel Isabella Ivan
Jack Jacob Jacques Jake James Jan Jane Janet Janine Jason Javier Jean Jeff Jeffrey Jennifer Jens Jensen Jeremy Jerome Jerry Jessica Jim Jimmy Joachim Jochen Joe Johann Johanna Johannes John Jon Jonas Jonathan Jordan Jörg Jorge José Josef Joseph Judith Julia Julian Julie Juliane Jürgen Justin
Kai Karen Karin Karl Karl-Heinz Kate Katharina Kathrin Katja Katrin Keith Ken Kenneth Kerstin Kevin Kim Klaus Konrad Kristina Kurt
Lars Laura Lena Leo Leon Leonhard Liam Linda Lisa Lothar Louis Luca Lucas Ludwig Luis Luise Lukas Lutz
Madeleine Magdalena Maja Manfred Manuel Marc Marcel Marco Marcus Margaret Margarete Margit Maria Marianne Marie Mario Marion Mark Markus Martha Martin Martina Mary Masayoshi Mathias Matthew Matthias Max Maximilian Melanie Michael Michaela Michel Michelle Miguel Mike Mikhail Miriam Mohammed Monika
Nadine Nancy Natalie Nathan Nicholas Nick Nicola Nicolas Nicole Niklas Nikolaus Nils Nina Norbert
Olaf Oliver Olivia Oskar Otto
Pamela Pascal Patricia Patrick Paul Paula Pedro Peter Petra Philip Philipp Philippe Pierre Pietro
Rachel Rainer Ralf Ralph Ramona Randy Raphael Raymond Rebecca Regina Reinhard Reinhold Renate René Richard Rita Robert Roberto Robin Roger Roland Rolf Roman Ron Ronald Rosa Rudolf Rupert Ruth
Sabine Sally Sam Samuel Sandra Sarah Sascha Satya Sebastian Sergei Sergey Shinzo Sigmar Silke Silvia Simon Simone Sonja Sophia Sophie Stefan Stefanie Steffen Stephan Stephanie Stephen Steve Steven Susan Susanne Sven Sylvia
Takeshi Tanja Tatjana Ted Teresa Theo Theresa Thomas Thorsten Tim Timothy Tobias Todd Tom Toni Tony Torsten Ulrich Ulrike Ursula Ute Uwe
Valentin Valerie Vera Verena Victor Viktor Vladimir Volker Walter Werner Wilfried Wilhelm William Willi Winfried Wolfgang Xavier Yuki Yvonne Zoe
`.split(/\s+/u).filter((w) => w.length > 0);
