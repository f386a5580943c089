"""The Streamlit app's pages; thin views over the pipeline, history and kb_admin."""
