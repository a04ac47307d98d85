using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gemeenschapskracht.Infrastructure.Migrations.SqlServer.Application
{
    /// <inheritdoc />
    public partial class Ervaringsconferenties : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Ervaringsconferenties",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Titel = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Thema = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Datum = table.Column<DateOnly>(type: "date", nullable: false),
                    Plek = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Omschrijving = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Capaciteit = table.Column<int>(type: "int", nullable: true),
                    Programma = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    WijkIds = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Lessen = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AangemaaktOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    GewijzigdOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ervaringsconferenties", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Conferentieaanmeldingen",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ConferentieId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Naam = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(254)", maxLength: 254, nullable: true),
                    ToestemmingVersie = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    ToestemmingOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AfmeldSleutelHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    AangemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    AfgemeldOp = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    TenantId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conferentieaanmeldingen", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conferentieaanmeldingen_Ervaringsconferenties_ConferentieId",
                        column: x => x.ConferentieId,
                        principalTable: "Ervaringsconferenties",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_ConferentieId",
                table: "Conferentieaanmeldingen",
                column: "ConferentieId");

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_TenantId_AfmeldSleutelHash",
                table: "Conferentieaanmeldingen",
                columns: new[] { "TenantId", "AfmeldSleutelHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Conferentieaanmeldingen_TenantId_ConferentieId_Email",
                table: "Conferentieaanmeldingen",
                columns: new[] { "TenantId", "ConferentieId", "Email" });

            migrationBuilder.CreateIndex(
                name: "IX_Ervaringsconferenties_TenantId_Datum",
                table: "Ervaringsconferenties",
                columns: new[] { "TenantId", "Datum" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Conferentieaanmeldingen");

            migrationBuilder.DropTable(
                name: "Ervaringsconferenties");
        }
    }
}
