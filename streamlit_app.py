"""CalmReply's web app: `streamlit run streamlit_app.py`. Pages live in assistant.ui."""

import streamlit as st

from assistant.ui import draft_page, evals_page, history_page, knowledge_page

st.set_page_config(page_title="CalmReply", page_icon="💬", layout="wide")
st.navigation(
    [
        st.Page(draft_page.page, title="Draft", icon="✍️", url_path="draft", default=True),
        st.Page(knowledge_page.page, title="Knowledge base", icon="📚", url_path="knowledge"),
        st.Page(history_page.page, title="History", icon="🗂️", url_path="history"),
        st.Page(evals_page.page, title="Evals", icon="📊", url_path="evals"),
    ]
).run()
