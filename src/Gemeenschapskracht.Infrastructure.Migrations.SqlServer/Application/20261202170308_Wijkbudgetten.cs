using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Wijkbudgetten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Begrotingsbesluiten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Jaar = table.Column<int>(type: "int", nullable: false),
                    Besluit = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    VastgelegdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Begrotingsbesluiten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Budgetmethodieken",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Versie = table.Column<int>(type: "int", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Inhoud = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Raadsbesluit = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Budgetmethodieken", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Wijkbudgetten",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WijkId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MethodiekId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StartJaar = table.Column<int>(type: "int", nullable: false),
                    AantalJaren = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Regels = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Bronnen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Tranches = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Wijzigingen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Toekenning = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Evaluatie = table.Column<string>(type: "nvarchar(max)", maxLength: 20000, nullable: true),
                    VoorgangerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OpvolgerId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    EindeGemeld = table.Column<bool>(type: "bit", nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wijkbudgetten", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Begrotingsbesluiten_TenantId_Jaar",
                table: "Begrotingsbesluiten",
                columns: new[] { "TenantId", "Jaar" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Budgetmethodieken_TenantId_Versie",
                table: "Budgetmethodieken",
                columns: new[] { "TenantId", "Versie" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wijkbudgetten_TenantId_WijkId_StartJaar",
                table: "Wijkbudgetten",
                columns: new[] { "TenantId", "WijkId", "StartJaar" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Begrotingsbesluiten");

            migrationBuilder.DropTable(
                name: "Budgetmethodieken");

            migrationBuilder.DropTable(
                name: "Wijkbudgetten");
        }
    }
}
