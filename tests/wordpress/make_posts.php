<?php
// Make N posts on the test site in one php-cli process (for the pull benchmark).
// Usage: php make_posts.php SITE_FOLDER N PREFIX
$site = $argv[1];
$count = (int) $argv[2];
$prefix = $argv[3];
$_SERVER['HTTP_HOST'] = '127.0.0.1';
require $site . '/wp-load.php';
wp_defer_term_counting(true);
for ($n = 0; $n < $count; $n++) {
    $content = "<p>Le chapeau du billet $n.</p><h2>Première partie</h2><p>" . str_repeat("Du texte pour lire hors ligne. ", 40)
        . "</p><h2>Seconde partie</h2><p>" . str_repeat("Encore du texte. ", 40) . "</p>";
    wp_insert_post(['post_title' => "$prefix $n", 'post_content' => $content, 'post_status' => 'publish'], true);
}
echo "made $count\n";
