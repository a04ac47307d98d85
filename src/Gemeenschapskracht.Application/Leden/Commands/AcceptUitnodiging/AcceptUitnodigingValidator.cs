using FluentValidation;
using Gemeenschapskracht.Application.Common.Validation;

namespace Gemeenschapskracht.Application.Leden.Commands.AcceptUitnodiging;

public sealed class AcceptUitnodigingValidator : AbstractValidator<AcceptUitnodigingCommand>
{
    public AcceptUitnodigingValidator()
    {
        RuleFor(c => c.Wachtwoord).NotEmpty().WithMessage("Vul een wachtwoord in.");
        RuleFor(c => c.Naam).SafeText("uw naam").MaximumLength(100).WithMessage("Uw naam mag hoogstens 100 tekens lang zijn.");
    }
}
