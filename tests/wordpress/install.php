<?php
// Install the test site once (php-cli), then print a fresh application password.
// Usage: php install.php SITE_FOLDER
$site = $argv[1];
$_SERVER['HTTP_HOST'] = '127.0.0.1';
define('WP_INSTALLING', true);
require $site . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
add_filter('pre_wp_mail', '__return_false');  // no sendmail here: no mail is sent
if (!is_blog_installed()) {
    wp_install('HubDesk test site', 'editor', 'editor@example.invalid', false, '', 'not-the-app-password');
    update_option('permalink_structure', '/%postname%/');
    update_option('timezone_string', 'UTC');
    update_option('gmt_offset', 0);
    update_option('default_pingback_flag', 0);
    update_option('default_ping_status', 'closed');
}
$user = get_user_by('login', 'editor');
foreach (WP_Application_Passwords::get_user_application_passwords($user->ID) as $item) {
    WP_Application_Passwords::delete_application_password($user->ID, $item['uuid']);
}
$created = WP_Application_Passwords::create_new_application_password($user->ID, ['name' => 'hubdesk-tests']);
if (is_wp_error($created)) {
    fwrite(STDERR, $created->get_error_message() . "\n");
    exit(1);
}
echo $created[0], "\n";
