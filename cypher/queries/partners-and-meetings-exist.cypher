// Which of the given partner and meeting ids exist, for checking an import before writing it.
// $partners: partner ids
// $meetings: meeting ids
RETURN [id IN $partners WHERE EXISTS { MATCH (:Partner {id: id}) }] AS partners,
       [id IN $meetings WHERE EXISTS { MATCH (:Meeting {id: id}) }] AS meetings
