package fi.vertaistyo.training.mine;

import fi.vertaistyo.training.diploma.DiplomaViews;
import fi.vertaistyo.training.diploma.Diplomas;
import fi.vertaistyo.training.enrolment.EnrolmentViews;
import fi.vertaistyo.training.enrolment.Enrolments;
import fi.vertaistyo.training.feedback.CourseFeedbacks;
import fi.vertaistyo.training.feedback.FeedbackViews;
import fi.vertaistyo.training.gathering.GatheringViews;
import fi.vertaistyo.training.gathering.Gatherings;
import fi.vertaistyo.training.peer.KnownPeer;
import fi.vertaistyo.kit.security.CurrentUser;
import fi.vertaistyo.training.security.Roles;
import fi.vertaistyo.training.term.Sessions;
import fi.vertaistyo.training.term.TermViews;
import fi.vertaistyo.training.trainer.TrainerRequests;
import fi.vertaistyo.training.trainer.Trainers;
import fi.vertaistyo.kit.problem.DateRange;
import fi.vertaistyo.kit.problem.Ids;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own training: a peer's enrolments, sessions, results and diplomas; a trainer's teaching. */
@Path("/api/training/my")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "My training")
public class MyTrainingResource {

    private final MyTraining mine;
    private final Enrolments enrolments;
    private final Diplomas diplomas;
    private final Gatherings gatherings;
    private final CourseFeedbacks feedback;
    private final Sessions sessions;
    private final Trainers trainers;
    private final CurrentUser user;

    MyTrainingResource(MyTraining mine, Enrolments enrolments, Diplomas diplomas, Gatherings gatherings,
            CourseFeedbacks feedback, Sessions sessions, Trainers trainers, CurrentUser user) {
        this.trainers = trainers;
        this.mine = mine;
        this.enrolments = enrolments;
        this.diplomas = diplomas;
        this.gatherings = gatherings;
        this.feedback = feedback;
        this.sessions = sessions;
        this.user = user;
    }

    /** Own enrolments, with the place in line while waiting and the follow-up's due date. */
    @GET
    @Path("/enrolments")
    @RolesAllowed(Roles.PEER)
    public List<EnrolmentViews.EnrolmentView> enrolments() {
        return mine.me().map(p -> enrolments.ofParticipant(p.participantId())).orElse(List.of());
    }

    /** The sessions of the terms one is enrolled in, with one's own attendance. */
    @GET
    @Path("/sessions")
    @RolesAllowed(Roles.PEER)
    public List<MyTraining.MySession> sessions() {
        return mine.me().map(p -> mine.sessions(p.participantId())).orElse(List.of());
    }

    /** Per term: own attendance rate, every exam attempt, and what a diploma still needs. */
    @GET
    @Path("/results")
    @RolesAllowed(Roles.PEER)
    public List<MyTraining.MyResults> results() {
        return mine.me().map(p -> mine.results(p.participantId())).orElse(List.of());
    }

    @GET
    @Path("/diplomas")
    @RolesAllowed(Roles.PEER)
    @Transactional
    public List<DiplomaViews.DiplomaView> diplomas() {
        return mine.me().map(p -> diplomas.ofParticipant(p.participantId())).orElse(List.of());
    }

    /** The organisation's gatherings between from and to, marked where one has signed up. */
    @GET
    @Path("/gatherings")
    @RolesAllowed(Roles.PEER)
    public List<GatheringViews.GatheringView> gatherings(@QueryParam("from") String from, @QueryParam("to") String to) {
        DateRange range = DateRange.of(from, to, 400);
        return mine.me().map(p -> gatherings.between(user.organisation(), range.from(), range.to(), p.participantId()))
                .orElse(List.of());
    }

    @POST
    @Path("/gatherings/{id}/signup")
    @RolesAllowed(Roles.PEER)
    public GatheringViews.SignupView signUp(@PathParam("id") String id) {
        KnownPeer me = mine.meOrRefuse();
        return gatherings.signUp(user.organisation(), Ids.parse(id, "The gathering"), me.participantId());
    }

    @DELETE
    @Path("/gatherings/{id}/signup")
    @RolesAllowed(Roles.PEER)
    public Response cancelSignUp(@PathParam("id") String id) {
        KnownPeer me = mine.meOrRefuse();
        gatherings.cancelSignUp(user.organisation(), Ids.parse(id, "The gathering"), me.participantId());
        return Response.noContent().build();
    }

    /** One anonymous answer to the course-feedback form of a term one is enrolled in. */
    @POST
    @Path("/terms/{termId}/feedback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PEER)
    public Response giveFeedback(@PathParam("termId") String termId, @Valid @NotNull FeedbackViews.Form form) {
        KnownPeer me = mine.meOrRefuse();
        feedback.give(user.organisation(), Ids.parse(termId, "The term"), me.participantId(), form);
        return Response.noContent().build();
    }

    /** Whether the trainer's login is linked to their trainer record (until then they teach nothing here). */
    @GET
    @Path("/trainer-login")
    @RolesAllowed(Roles.TRAINER)
    public TrainerRequests.TrainerLogin trainerLogin() {
        return trainers.login(user.userKey());
    }

    /** The trainer links their own login with the one-time code their coordinator gave them. */
    @POST
    @Path("/trainer-login")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.TRAINER)
    public TrainerRequests.TrainerLogin linkTrainerLogin(@Valid @NotNull TrainerRequests.UseLinkCode request) {
        return trainers.useLinkCode(user.organisation(), user.userKey(), request.code());
    }

    /** A trainer's own sessions, past and coming. */
    @GET
    @Path("/teaching")
    @RolesAllowed(Roles.TRAINER)
    public List<TermViews.SessionView> teaching() {
        return sessions.taughtByCaller();
    }
}
