<?php
// Test-only hooks of the HubDesk test site: a full media library on demand.
// While the file wp-content/uploads-full exists, every upload fails the way a site
// out of space does (the REST API's raw uploads go through the sideload filter).
$hubdesk_full = function ($file) {
    if (file_exists(WP_CONTENT_DIR . '/uploads-full')) {
        $file['error'] = 'The media library is full: the site has no space left for uploads.';
    }
    return $file;
};
add_filter('wp_handle_upload_prefilter', $hubdesk_full);
add_filter('wp_handle_sideload_prefilter', $hubdesk_full);
